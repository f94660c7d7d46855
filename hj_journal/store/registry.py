"""The vaults that live side by side in the data folder, found by their labels.

**Unlisted vaults.** With "Don't list my vaults" on (Settings → Privacy), the lock screen
shows one passphrase field and the passphrase decides which vault opens
(:meth:`VaultRegistry.unlock_any`), and no label stays on disk: each vault's
``vault.json`` loses its label, which moves inside the vault (the encrypted ``settings``
table, :data:`LABEL_SETTING`) and comes back when the mode is turned off. The folders'
names were always neutral (random hex). What remains visible on disk is written in
SECURITY.md: how many vault folders there are, their sizes, and which is the default.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hj_journal.store.errors import VaultDamagedError, VaultError, VaultNotFoundError
from hj_journal.store.files import write_atomic
from hj_journal.store.kdf import (
    Argon2Params,
    SharedBudget,
    measure,
    params_for_shared_slot,
    rewrap_params,
)
from hj_journal.store.secret import wipe
from hj_journal.store.vault import Vault, is_vault_folder, new_vault_folder

if TYPE_CHECKING:
    from hj_journal.store.kdf import KdfPolicy
    from hj_journal.store.keyfile import KeyFile


# The key in the vault's own settings that holds its label while the list is unlisted.
LABEL_SETTING = "vault.label"

WRONG_PASSPHRASE = "That passphrase does not open a vault here."
WRONG_RECOVERY_KEY = "That recovery key does not open a vault here."


class LabelTakenError(VaultError):
    """Another vault already has that label."""


class VaultRegistry:
    """Lists, finds and creates the vaults under one folder.

    ``unlisted`` is the "Don't list my vaults" mode (see the module docstring); the app
    keeps the choice in its settings and sets it here.
    """

    def __init__(self, vaults_dir: Path, *, unlisted: bool = False) -> None:
        self.vaults_dir = Path(vaults_dir)
        self.unlisted = unlisted
        # The vault open in this app, if any: renaming it while unlisted goes inside it.
        self.open_vault: Vault | None = None

    def vaults(self) -> list[Vault]:
        """Every vault, sorted by label."""
        if not self.vaults_dir.is_dir():
            return []
        found = [Vault(p) for p in self.vaults_dir.iterdir() if is_vault_folder(p)]
        return sorted(found, key=lambda v: (v.label.casefold(), v.folder.name))

    def find(self, label: str | None = None) -> Vault:
        """The vault with ``label``; with no label, the only vault or the default one."""
        vaults = self.vaults()
        if not vaults:
            raise VaultNotFoundError("There is no vault yet. Create one with 'hj-journal init'.")
        if label is not None:
            wanted = label.strip().casefold()
            for vault in vaults:
                if vault.label.casefold() == wanted:
                    return vault
            raise VaultNotFoundError(f"There is no vault called {label!r}.")
        if len(vaults) == 1:
            return vaults[0]
        defaults = [v for v in vaults if v.is_default]
        if len(defaults) == 1:
            return defaults[0]
        raise VaultNotFoundError("There is more than one vault; choose one with --vault LABEL.")

    def create(
        self,
        label: str,
        passphrase: str,
        *,
        policy: KdfPolicy,
        budget: SharedBudget | None = None,
    ) -> tuple[Vault, str]:
        """Create a vault with a unique label; returns it unlocked with its recovery key.

        Unlisted, with a calibrated policy, its slot gets its share of the vaults' one
        budget (:class:`~hj_journal.store.kdf.SharedBudget`) rather than 0.75 s of its own;
        while the others still take more than their share, it takes less until its next
        unlock, so adding a vault does not push the lock screen past the budget.
        """
        label = label.strip() or "Journal"
        self.check_label_free(label)
        budget = budget if budget is not None else SharedBudget.for_policy(policy)
        if self.unlisted and budget is not None:
            others = [
                s.argon2_params()
                for v in self.vaults()
                if (keyfile := _key_file_worth_trying(v, policy)) is not None
                for s in keyfile.slots
                if s.kind == "passphrase"
            ]
            shared = params_for_shared_slot(policy, budget, others, measure(policy))
            policy = policy.with_iterations(shared.iterations)
        self.vaults_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        vault, key = Vault.create(
            new_vault_folder(self.vaults_dir), passphrase, label=label, policy=policy
        )
        if self.unlisted:
            self.settle_label(vault)  # the label goes inside at once
        return vault, key

    def check_label_free(self, label: str, *, ignore: Vault | None = None) -> None:
        """Raise :class:`LabelTakenError` when another vault uses ``label``.

        Unlisted, the other vaults' labels are locked away, so any label is free.
        """
        if self.unlisted:
            return
        wanted = label.strip().casefold()
        for vault in self.vaults():
            if vault.label.casefold() == wanted and (
                ignore is None or vault.folder != ignore.folder
            ):
                raise LabelTakenError(f"Another vault is already called {label.strip()!r}.")

    def rename(self, vault: Vault, label: str) -> None:
        """Give a vault a new label."""
        self.check_label_free(label, ignore=vault)
        opened = self.open_vault
        if opened is not None and opened.folder == vault.folder:
            vault = opened  # the same folder, the object that holds the open database
        if self.unlisted and vault.is_unlocked:
            _write_label_inside(vault, label.strip())
            vault.label_inside = label.strip()
            _strip_label(vault)
        else:
            # A locked vault's new name can only go to vault.json; while unlisted it
            # moves inside at that vault's next unlock (settle_label).
            vault.label = label

    def make_default(self, vault: Vault) -> None:
        """Make ``vault`` the one opened when none is named."""
        for other in self.vaults():
            if other.is_default and other.folder != vault.folder:
                other.set_default(False)
        vault.set_default(True)

    # ------------------------------------------------------------------ unlisted

    def settle_label(self, vault: Vault) -> None:
        """Put an unlocked vault's label where the mode wants it (after every unlock).

        Unlisted: a label found in ``vault.json`` (a vault made by the command line, or
        before the mode was on) moves inside. Listed: a label kept inside comes back.
        """
        meta_label = _meta_label(vault)
        inside = _read_label_inside(vault)
        if self.unlisted:
            if meta_label is not None:
                _write_label_inside(vault, meta_label)
                inside = meta_label
                _strip_label(vault)
            vault.label_inside = inside
        elif meta_label is None and inside is not None:
            vault.label = inside
            vault.label_inside = None

    def set_unlisted(self, unlisted: bool, open_vault: Vault | None) -> None:
        """Turn the mode on or off; ``open_vault`` (if any) keeps its label across.

        Turning it on removes every label from disk at once: the open vault's label is
        kept inside it; a vault that is locked now keeps the label it had inside (if it
        was ever unlisted before) and is otherwise called by the default name. Turning
        it off brings back the open vault's label now and each other one's at its next
        unlock (:meth:`settle_label`).
        """
        self.unlisted = unlisted
        if unlisted:
            for vault in self.vaults():
                if open_vault is not None and vault.folder == open_vault.folder:
                    continue
                _strip_label(vault)
        if open_vault is not None and open_vault.is_unlocked:
            self.settle_label(open_vault)

    def unlock_any(
        self,
        passphrase: str,
        *,
        policy: KdfPolicy,
        first: Vault | None = None,
        attempt_from: str | None = None,
        budget: SharedBudget | None = None,
        clock: Callable[[], float] = time.perf_counter,
        sleep: Callable[[float], None] = time.sleep,
    ) -> Vault:
        """Unlock the vault ``passphrase`` opens, after trying it on every vault's slot.

        Each vault has its own salt, so this is one key derivation per vault, and every
        vault is tried even after one matched: the try takes the same time whichever
        vault opens. With a calibrated policy the vaults share one budget
        (:class:`~hj_journal.store.kdf.SharedBudget`): the derivations are padded to its
        length, so a wrong passphrase takes as long however many vaults there are, and
        the vault that opens has its slot re-wrapped when it is off its share (once,
        while the passphrase is known: that one unlock takes longer). ``first``, the
        vault opened last, wins if two vaults share a passphrase; ``clock`` and ``sleep``
        are for tests. A wrong passphrase raises :class:`WrongSecretError` with the same
        sentence however many vaults there are. A key file that cannot be read is passed
        over: which vault it belonged to cannot be told without its passphrase.

        ``attempt_from`` (see :meth:`Vault.unlock`): a passphrase that opens none of them
        joins every tried vault's sealed record of attempts; one that opens a vault adds
        nothing to the others' records (it was never an attempt on them).
        """
        from hj_journal.store import attempts
        from hj_journal.store.errors import WrongSecretError

        budget = budget if budget is not None else SharedBudget.for_policy(policy)
        started = clock()
        tried: list[_Tried] = []
        for vault in self._in_trying_order(first):
            keyfile = _key_file_worth_trying(vault, policy)
            if keyfile is not None:
                tried.append(_Tried.derive(vault, keyfile, passphrase, policy, clock))
        found = [t for t in tried if t.key is not None]
        for extra in found[1:]:  # two vaults with one passphrase: the first one opens
            wipe(extra.key)
        if budget is not None:
            try:
                sleep(max(0.0, budget.seconds - (clock() - started)))
            except BaseException:
                for kept in found[:1]:
                    wipe(kept.key)
                raise
        if not found:
            _note_attempts([t.vault for t in tried], attempts.PASSPHRASE, attempt_from)
            raise WrongSecretError(WRONG_PASSPHRASE)
        match = found[0]
        vault, key = match.vault, match.key
        assert key is not None
        rewrap = None
        if budget is not None:
            others = sum(t.seconds for t in tried if t is not match)
            renewed = rewrap_params(
                policy, budget, match.params, match.seconds, count=len(tried), others=others
            )
            if renewed is not None:
                rewrap = (passphrase, policy.with_iterations(renewed.iterations))
        if not vault.unlock_with_unwrapped_key(match.keyfile, key, rewrap=rewrap):
            try:  # its key file changed meanwhile (a new passphrase set in another window)
                vault.unlock(passphrase, policy=policy)
            except WrongSecretError:
                raise WrongSecretError(WRONG_PASSPHRASE) from None
        self.settle_label(vault)
        return vault

    def unlock_any_with_recovery_key(
        self,
        recovery_key: str,
        *,
        first: Vault | None = None,
        attempt_from: str | None = None,
    ) -> Vault:
        """Like :meth:`unlock_any`, with a recovery key (cheap: no slow derivation)."""
        from hj_journal.store import attempts, recovery
        from hj_journal.store.errors import WrongSecretError

        recovery.canonical(recovery_key)  # a typo is reported before anything is tried
        tried = []
        for vault in self._in_trying_order(first):
            try:
                vault.read_key_file()
            except VaultDamagedError:
                continue
            try:
                vault.unlock_with_recovery_key(recovery_key)
            except WrongSecretError:
                tried.append(vault)
                continue
            self.settle_label(vault)
            return vault
        _note_attempts(tried, attempts.RECOVERY_KEY, attempt_from)
        raise WrongSecretError(WRONG_RECOVERY_KEY)

    def _in_trying_order(self, first: Vault | None) -> list[Vault]:
        vaults = sorted(self.vaults(), key=lambda v: v.folder.name)
        if first is not None:
            vaults.sort(key=lambda v: v.folder != first.folder)
        return vaults


def _note_attempts(vaults: list[Vault], event: str, place: str | None) -> None:
    """Add one failed attempt to each vault's sealed record (none when ``place`` is None)."""
    from hj_journal.store import attempts

    if place is None:
        return
    for vault in vaults:
        try:
            keyfile = vault.read_key_file()
        except VaultError:
            continue
        attempts.note_failed_unlock(vault.folder, keyfile, event, place)


def _key_file_worth_trying(vault: Vault, policy: KdfPolicy) -> KeyFile | None:
    """The key file when it reads and its slots meet the floor (else it opens nothing)."""
    try:
        keyfile = vault.read_key_file()
    except (VaultDamagedError, VaultNotFoundError):
        return None
    slots = [s for s in keyfile.slots if s.kind == "passphrase"]
    try:
        worth = bool(slots) and all(s.argon2_params().meets(policy.floor) for s in slots)
    except (KeyError, TypeError, ValueError):
        return None
    return keyfile if worth else None


@dataclass
class _Tried:
    """One vault's slot tried with the passphrase: the key when it matched, and the time."""

    vault: Vault
    keyfile: KeyFile
    params: Argon2Params
    seconds: float
    key: bytearray | None

    @classmethod
    def derive(
        cls,
        vault: Vault,
        keyfile: KeyFile,
        passphrase: str,
        policy: KdfPolicy,
        clock: Callable[[], float],
    ) -> _Tried:
        from hj_journal.store.errors import WrongSecretError

        params = next(s for s in keyfile.slots if s.kind == "passphrase").argon2_params()
        began = clock()
        try:
            key: bytearray | None = keyfile.unwrap_with_passphrase(passphrase, policy)
        except (WrongSecretError, VaultDamagedError):
            key = None  # damaged: the key it unwrapped was not a key; it opens nothing
        return cls(vault, keyfile, params, clock() - began, key)


def label_on_disk(vault: Vault) -> str | None:
    """The label as the plain ``vault.json`` holds it; None while it is kept inside.

    Anything written beside the vault in the clear (a backup's manifest) takes this, so
    an unlisted vault's name never reaches the disk.
    """
    return _meta_label(vault)


def _meta_label(vault: Vault) -> str | None:
    label = vault._meta().get("label")  # the registry owns labels (same package)
    return label.strip() if isinstance(label, str) and label.strip() else None


def _strip_label(vault: Vault) -> None:
    """Rewrite ``vault.json`` without its label (nothing else in it changes)."""
    import json

    meta = vault._meta()  # the registry owns labels (same package)
    if "label" not in meta:
        return
    del meta["label"]
    write_atomic(vault.meta_path, json.dumps(meta, indent=2, ensure_ascii=False).encode())


def _read_label_inside(vault: Vault) -> str | None:
    from hj_journal.store.models import Setting

    with vault.session() as session:
        row = session.get(Setting, LABEL_SETTING)
        value = row.value if row is not None else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _write_label_inside(vault: Vault, label: str) -> None:
    from hj_journal.store.models import Setting

    with vault.transaction() as session:
        row = session.get(Setting, LABEL_SETTING)
        if row is None:
            session.add(Setting(key=LABEL_SETTING, value=label))
        else:
            row.value = label
