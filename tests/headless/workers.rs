//! The background threads (goal seek, uncertainty bands) failing: a panic there reaches the
//! window as an error, ends the work and leaves no thread busy; Cancel always works.

use std::time::{Duration, Instant};

use jaws::app::bands::BandWorker;
use jaws::app::seeker::SeekJob;
use jaws::app::{AppState, LeverCommand, SeekCommand, View, WindowCommand};
use jaws::workshop::Workshop;

/// Run `collect` until it says nothing is coming, for at most a few seconds.
fn settle(s: &mut AppState, collect: fn(&mut AppState) -> bool) {
    let until = Instant::now() + Duration::from_secs(10);
    while collect(s) {
        assert!(Instant::now() < until, "still waiting after 10 s");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_panic_on_the_search_thread_reaches_the_window_and_ends_the_search() {
    let mut s = AppState::new(Workshop::bundled(), None);
    s.apply(WindowCommand::SetView(View::Analyse));
    s.seek_job = Some(SeekJob::spawn("gap<=0".into(), |report| {
        report(0.3);
        let range = [1e308, -1e308];
        panic!("min > max: {range:?}");
    }));
    settle(&mut s, AppState::collect_seek);
    assert!(s.seek_job.is_none(), "the search is over");
    let error = s.seek_error.clone().expect("the search says it failed");
    assert!(error.contains("min > max"), "{error}");
    assert!(s.notice.as_ref().is_some_and(|n| n.error));
    assert!(s.seek_result.is_none(), "no answer is made up");
}

#[test]
fn cancel_always_ends_the_search_even_one_that_does_not_listen() {
    let mut s = AppState::new(Workshop::bundled(), None);
    s.now = 100.0;
    s.seek_job = Some(SeekJob::spawn("gap<=0".into(), |_report| {
        // Never asks whether to stop, and never ends.
        loop {
            std::thread::sleep(Duration::from_secs(1));
        }
    }));
    assert!(s.collect_seek(), "running");
    s.apply(SeekCommand::Cancel);
    s.now = 100.5;
    assert!(s.collect_seek(), "given a moment to stop by itself");
    s.now = 102.0;
    assert!(!s.collect_seek(), "then the window stops waiting");
    assert!(s.seek_job.is_none());
    // A new search can start at once.
    s.apply(SeekCommand::Start);
    assert!(s.seek_job.is_some());
}

#[test]
fn a_search_that_finishes_frees_its_thread() {
    let job = SeekJob::spawn("gap<=0".into(), |_| panic!("no answer"));
    let until = Instant::now() + Duration::from_secs(10);
    while !job.thread_finished() {
        assert!(Instant::now() < until, "the search thread is still running");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_panic_working_out_the_bands_turns_them_off_and_says_why() {
    let mut s = AppState::new(Workshop::bundled(), None);
    assert!(!jaws::model::sweep::uncertain_set(&s.assumptions, &s.workshop.uncertain).is_empty());
    s.set_band_worker(BandWorker::spawn_with(|_| panic!("the sweep met a NaN")));
    assert!(s.bands_stale(), "bands were asked for");
    settle(&mut s, AppState::collect_bands);
    assert!(!s.bands_stale(), "nothing is marked as updating");
    assert!(
        !s.show_uncertainty,
        "the bands are turned off, so nothing asks again"
    );
    assert!(s.derived.bands.is_none());
    let notice = s.notice.clone().expect("the room is told");
    assert!(
        notice.error && notice.text.contains("the sweep met a NaN"),
        "{}",
        notice.text
    );
    // Moving a lever asks for nothing more.
    s.apply(LeverCommand::Set {
        lever: 0,
        value: 1.0,
        dragging: false,
    });
    assert!(!s.collect_bands());
}
