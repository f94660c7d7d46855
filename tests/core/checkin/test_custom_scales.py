"""The person's own check-in scales kept in the vault: saved, rated, imported, hidden, deleted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hj_journal.core.checkin.scales import CustomScale
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.services import Services
from tests.helpers import PASSPHRASE


def _calm() -> CustomScale:
    return CustomScale(
        name="Calm in my body",
        question="How calm does your body feel?",
        min=1,
        max=7,
        min_label="Not at all",
        max_label="Very",
        middle_label="Somewhat",
    )


def test_a_custom_scale_is_saved_rated_and_listed(services: Services, policy) -> None:
    scales = services.scales
    saved = scales.add(_calm())
    t0 = datetime(2026, 2, 1, tzinfo=UTC)
    scales.rate(saved.id, 3, at=t0 + timedelta(days=1))
    scales.rate(saved.id, 6, at=t0)
    services.vault.lock()
    services.vault.unlock(PASSPHRASE, policy=policy)
    assert scales.get(saved.id).scale == _calm()
    assert [r.value for r in scales.ratings(saved.id)] == [6, 3]  # oldest first
    assert [s.name for s in scales.all()] == ["Calm in my body"]


def test_a_rating_outside_the_scale_is_refused(services: Services) -> None:
    saved = services.scales.add(_calm())
    for value in (0, 8, True):
        with pytest.raises(InputError, match="from 1 to 7"):
            services.scales.rate(saved.id, value)  # type: ignore[arg-type]
    assert services.scales.ratings(saved.id) == []


def test_a_scale_file_is_imported_and_bad_files_are_named(
    services: Services, tmp_path: Path
) -> None:
    good = tmp_path / "calm.toml"
    good.write_text(_calm().to_toml(), encoding="utf-8")
    imported = services.scales.import_file(good)
    assert imported.scale == _calm()
    assert services.scales.export_toml(imported.id) == _calm().to_toml()
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\nquestion = "q"\nmin = 5\nmax = 1\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.toml"):
        services.scales.import_file(bad)
    assert len(services.scales.all()) == 1


def test_hidden_and_deleted_scales(services: Services) -> None:
    scales = services.scales
    saved = scales.add(_calm())
    scales.rate(saved.id, 4)
    scales.set_hidden(saved.id, True)
    assert scales.all() == []
    assert [s.id for s in scales.all(include_hidden=True)] == [saved.id]
    scales.delete(saved.id)
    with pytest.raises(NotFoundError):
        scales.ratings(saved.id)
