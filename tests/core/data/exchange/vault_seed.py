"""Put at least one row in every table of a vault, with no column left at its default.

Used by the JSON round-trip test. :data:`SEEDED_TABLES` lists the tables this seeds; the
test compares it with the models, so a new table cannot slip past the export unnoticed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from hj_journal.store.models import (
    CareGoal,
    CheckIn,
    Client,
    CopingPractice,
    CopingStrategy,
    CustomScale,
    DeletionLogLine,
    Draft,
    Entry,
    EntryTag,
    EntryTemplate,
    InstrumentResponse,
    NoteTemplate,
    Plan,
    PlanVersion,
    PracticeSession,
    Prompt,
    PromptEvent,
    PromptPack,
    ReceivedSummary,
    Resource,
    ScaleRating,
    SessionAmendment,
    SessionGoal,
    Setting,
    SupportPerson,
)
from hj_journal.store.vault import Vault

T1 = datetime(2025, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
T2 = datetime(2025, 6, 7, 8, 9, 10, 111213, tzinfo=UTC)

SEEDED_TABLES = {
    "entries",
    "entry_tags",
    "drafts",
    "checkins",
    "instrument_responses",
    "custom_scales",
    "scale_ratings",
    "coping_strategies",
    "coping_practices",
    "prompt_packs",
    "prompts",
    "prompt_events",
    "support_people",
    "resources",
    "plans",
    "plan_versions",
    "clients",
    "sessions",
    "settings",
    "session_amendments",
    "note_templates",
    "entry_templates",
    "care_goals",
    "session_goals",
    "deletion_log",
    "received_summaries",
}


def seed_every_table(vault: Vault, canary: str = "RoundTrip") -> None:
    """One (or two) rows per table; every column set to something other than its default."""
    with vault.transaction() as s:
        client = Client(
            pseudonym=f"{canary} client",
            pronouns="they/them",
            goals="rest",
            archived=True,
            created_at=T1,
            retention_years=9,
        )
        s.add(client)
        s.flush()
        session = PracticeSession(
            client_id=client.id,
            started_at=T1,
            ended_at=T2,
            consent={"notes": True},
            shared_notes="shared ✓",
            private_notes="private",
            agreements="agreed",
            self_care_steps="walk",
            template_key="soap",
            note_sections=[{"title": "Subjective", "shared": False, "text": "as said"}],
            signed_at=T2,
        )
        s.add(session)
        s.flush()
        s.add(
            SessionAmendment(
                session_id=session.id,
                at=T2,
                reason="a date was wrong",
                section="Subjective",
                text="corrected",
                shared=True,
            )
        )
        goal = CareGoal(
            client_id=client.id,
            words=f"{canary} sleep through the night",
            review_on=date(2025, 9, 1),
            position=2,
            created_at=T1,
            closed_at=T2,
        )
        s.add(goal)
        s.flush()
        s.add(SessionGoal(session_id=session.id, goal_id=goal.id, progress=6))
        s.add(
            NoteTemplate(
                key="mine",
                name=f"{canary} template",
                description="my own",
                sections=[{"title": "What you brought", "shared": True}],
                created_at=T1,
                updated_at=T2,
            )
        )
        s.add(
            EntryTemplate(
                key="own-evening",
                name=f"{canary} entry template",
                title="Evening — {date}",
                tags=["evening"],
                body=f"## {canary} what stayed with me\n",
                hidden=True,
                builtin=True,
                created_at=T1,
                updated_at=T2,
            )
        )
        s.add(
            DeletionLogLine(
                deleted_at=T2,
                rule="7 years after the last session",
                first_month="2017-03",
                last_month="2018-01",
                sessions=12,
            )
        )
        s.add(
            ReceivedSummary(
                share_id="a" * 32,
                received_at=T2,
                session_on=date(2025, 6, 7),
                content={"shared_notes": f"{canary} from my practitioner"},
            )
        )
        practice = CopingPractice(
            strategy_key="box-breathing",
            strategy_title="Box breathing",
            started_at=T1,
            ended_at=T2,
            finished=True,
            distress_before=7,
            distress_after=3,
            note=f"{canary} practice",
            session_id=session.id,
        )
        s.add(practice)
        s.flush()
        checkin = CheckIn(
            at=T1,
            distress=6,
            mood=-2,
            energy=1,
            emotions=["tender"],
            body_sensations=["tight chest"],
            context_tags=["housing"],
            note=f"{canary} check-in",
            phase="before_practice",
            practice_id=practice.id,
            session_id=session.id,
            source_id="x:1",
        )
        s.add(checkin)
        s.add(
            InstrumentResponse(
                at=T2,
                instrument_id="who5",
                instrument_version=2,
                answers=[3, None, "declined"],
                extra={"difficulty": 1},
                total=12,
                band="low",
                flags=["item9"],
                scored=True,
                session_id=session.id,
                note="as given",
            )
        )
        scale = CustomScale(
            name=f"{canary} scale",
            question="How rested?",
            min_value=1,
            max_value=7,
            anchors={"1": "not", "7": "very"},
            hidden=True,
            created_at=T1,
        )
        s.add(scale)
        s.flush()
        s.add(
            ScaleRating(
                scale_id=scale.id, at=T2, value=5, checkin_id=checkin.id, session_id=session.id
            )
        )
        s.add(
            CopingStrategy(
                builtin_key=None,
                title=f"{canary} strategy",
                summary="mine",
                principle="community",
                kind="connection",
                steps=[{"text": "call", "seconds": 60}],
                repeat=2,
                duration_min=1,
                duration_max=5,
                cautions="gentle",
                content_note="loss",
                favourite=True,
                hidden=True,
                created_at=T1,
                updated_at=T2,
            )
        )
        pack = PromptPack(
            key="my-pack", name=f"{canary} pack", description="d", author="me", created_at=T1
        )
        s.add(pack)
        s.flush()
        s.add(
            Prompt(
                key="my-pack/1",
                pack_id=pack.id,
                builtin=True,
                principle="self_care",
                text=f"{canary} prompt",
                follow_ups=["and then?"],
                content_note="grief",
                hidden=True,
                created_at=T1,
            )
        )
        s.add(PromptEvent(prompt_key="my-pack/1", day=date(2025, 1, 2), kind="used", at=T2))
        s.add(
            SupportPerson(
                name=f"{canary} friend",
                kind="organisation",
                ring=2,
                roles=["witnessed"],
                good_at="listening",
                capacity="weekends",
                asked=True,
                offer="soup",
                contact="555",
                notes="n",
                created_at=T1,
                updated_at=T2,
            )
        )
        s.add(
            Resource(
                name=f"{canary} line",
                kind="crisis",
                contact="988",
                notes="n",
                is_example=True,
                position=3,
                created_at=T1,
                updated_at=T2,
            )
        )
        plan = Plan(
            kind="repair",
            title=f"{canary} plan",
            follow_up_on=date(2025, 7, 1),
            created_at=T1,
            updated_at=T2,
        )
        s.add(plan)
        s.flush()
        s.add(PlanVersion(plan_id=plan.id, saved_at=T2, data={"steps": ["apologise"]}))
        entry = Entry(
            created_at=T1,
            updated_at=T2,
            entry_date=date(2025, 1, 1),
            title=f"{canary} title",
            body=f"{canary} body ☕ naïve",
            prompt_key="p1",
            mood=2,
            pinned=True,
            content_note="heavy",
            deleted_at=T2,
            source="jrnl",
            source_id="abc",
        )
        entry.tags = [EntryTag(name="rest"), EntryTag(name="family")]
        s.add(entry)
        s.add(Entry(created_at=T2, updated_at=T2, entry_date=date(2025, 6, 7), title="second"))
        s.add(
            Draft(
                slot="main",
                entry_uuid="e" * 32,
                title=f"{canary} draft",
                body="b",
                tags=["x"],
                entry_date=date(2025, 1, 3),
                content_note="cn",
                prompt_key="p",
                updated_at=T2,
            )
        )
        s.add(Setting(key="roundtrip.setting", value={"nested": [1, 2, "three"]}))
