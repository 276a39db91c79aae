"""Long jobs report progress about a hundred times, however many steps they take."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from shop_desktop.gui.common.workers import Job, SynchronousPool


def test_a_job_of_fifty_thousand_steps_sends_about_a_hundred_progress_signals(qtbot: QtBot) -> None:
    def work(report, cancelled):  # type: ignore[no-untyped-def]
        for step in range(50_000):
            report((step + 1) / 50_000, f"Re-sealing note {step + 1:,} of 50,000…")
        return "done"

    job = Job(work)
    received: list[tuple[float, str]] = []
    results: list[object] = []
    job.signals.progress.connect(lambda fraction, words: received.append((fraction, words)))
    job.signals.finished.connect(results.append)
    SynchronousPool().start(job)
    assert results == ["done"]
    assert 90 <= len(received) <= 110
    assert received[-1] == (1.0, "Re-sealing note 50,000 of 50,000…")  # the end is always shown
    fractions = [fraction for fraction, _ in received]
    assert fractions == sorted(fractions) and fractions[0] == 1 / 50_000
