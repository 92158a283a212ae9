//! Figures and findings computed off the UI thread. `indicators::extract` segments text
//! with jieba and `lint::check` reads every line; either can take long enough on a big
//! report to be felt as a stuck key, so the event loop hands reports (or paths to re-read
//! after a change on disk) to one worker thread and polls its results like the loader's.
//!
//! The `App` never starts threads: it queues `Job`s (`App::take_jobs`), and results come
//! back through `App::on_analysis`. Tests run the same jobs inline with `run`.
//!
//! Each job runs under `contain::catch`: a report whose analysis panics comes back as
//! `Outcome::AnalysisFailed` (or `ReloadFailed`) and the thread goes on with the next
//! job. Should the thread die all the same, the event loop sees its channel close and
//! starts a new one (`Worker::spawn` again), queueing the reports still waiting.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;

use crate::contain;
use crate::indicators::{self, Figure};
use crate::parse::site::SiteChrome;
use crate::report::{Diagnostic, Report};
use crate::watch::{self, Stamp};

/// Work for the analysis thread.
#[derive(Debug, Clone)]
pub enum Job {
    /// Extract the figures and review findings of a report already in the app.
    Analyze(Arc<Report>),
    /// The file changed on disk: read, parse, extract and review it again, unless it
    /// is the same as what the app holds.
    Reload(Reread),
}

/// A file to read again, with what the app knows of it, so an event that changed
/// nothing (a read of the file shows up as one on some systems, and reading it again
/// would raise another) ends here instead of replacing the report.
#[derive(Debug, Clone)]
pub struct Reread {
    pub path: PathBuf,
    /// The text the app shows for this file.
    pub text: Option<Arc<str>>,
    /// The file's stamp when the app last read it.
    pub stamp: Option<Stamp>,
    /// The site chrome the app's reading took for clutter, to read the file again with.
    pub site: Option<Arc<SiteChrome>>,
}

/// What came back from a job.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The figures and findings of exactly this report (matched by pointer, so a result
    /// for a version replaced in the meantime is dropped).
    Analyzed {
        report: Arc<Report>,
        figures: Arc<Vec<Figure>>,
        findings: Arc<Vec<Diagnostic>>,
    },
    /// A changed file, read again, with its figures and findings.
    Reloaded {
        report: Arc<Report>,
        figures: Arc<Vec<Figure>>,
        findings: Arc<Vec<Diagnostic>>,
        stamp: Option<Stamp>,
    },
    /// The file's stamp or text is what the app already has: nothing to replace.
    Unchanged { path: PathBuf, stamp: Option<Stamp> },
    /// A changed file could not be read again; the message is safe to show.
    ReloadFailed { path: PathBuf, error: String },
    /// Extracting the figures or findings of this report failed (a contained panic).
    AnalysisFailed { report: Arc<Report>, error: String },
}

/// Do one job on the calling thread, a panic contained as a failed outcome.
pub fn run(job: Job) -> Outcome {
    let failed = |error: String| match &job {
        Job::Analyze(report) => Outcome::AnalysisFailed {
            report: report.clone(),
            error: format!("internal error: {error}"),
        },
        Job::Reload(reread) => Outcome::ReloadFailed {
            path: reread.path.clone(),
            error: format!("internal error: {error}"),
        },
    };
    match contain::catch(|| run_uncontained(job.clone())) {
        Ok(outcome) => outcome,
        Err(error) => failed(error),
    }
}

fn run_uncontained(job: Job) -> Outcome {
    match job {
        Job::Analyze(report) => {
            contain::test_trigger("analysis", &report.path);
            let figures = Arc::new(indicators::extract(&report));
            let findings = Arc::new(crate::lint::check_given_figures(&report, &figures));
            Outcome::Analyzed {
                report,
                figures,
                findings,
            }
        }
        Job::Reload(reread) => reload(reread),
    }
}

fn reload(reread: Reread) -> Outcome {
    let Reread {
        path,
        text,
        stamp,
        site,
    } = reread;
    let now = Stamp::of(&path);
    if now.is_some() && now == stamp && text.is_some() {
        return Outcome::Unchanged { path, stamp: now };
    }
    match watch::reload_with(&path, site) {
        Ok(reviewed) if text.as_deref() == Some(&*reviewed.report.text) => {
            Outcome::Unchanged { path, stamp: now }
        }
        Ok(reviewed) => {
            contain::test_trigger("analysis", &path);
            Outcome::Reloaded {
                report: Arc::new(reviewed.report),
                figures: Arc::new(reviewed.figures),
                findings: Arc::new(reviewed.findings),
                stamp: now,
            }
        }
        Err(e) => Outcome::ReloadFailed {
            path,
            error: e.to_string(),
        },
    }
}

/// The worker thread's end of the pipe. Dropping the `Worker` ends the thread once its
/// queue is empty.
pub struct Worker {
    jobs: Sender<Job>,
}

impl Worker {
    /// Start the worker thread; its results arrive on the returned receiver.
    pub fn spawn() -> std::io::Result<(Worker, Receiver<Outcome>)> {
        let (job_tx, job_rx) = mpsc::channel::<Job>();
        let (out_tx, out_rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("baogao-analysis".into())
            .spawn(move || {
                for job in job_rx {
                    if out_tx.send(run(job)).is_err() {
                        // The UI is gone; nothing left to do.
                        break;
                    }
                }
            })?;
        Ok((Worker { jobs: job_tx }, out_rx))
    }

    /// Queue a job. Returns `false` when the thread is gone (the caller starts another).
    pub fn submit(&self, job: Job) -> bool {
        self.jobs.send(job).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn the_worker_returns_figures_and_findings_for_the_same_report() {
        let report = Arc::new(crate::samples::reports().unwrap().remove(0));
        let (worker, rx) = Worker::spawn().unwrap();
        worker.submit(Job::Analyze(report.clone()));
        match rx.recv_timeout(Duration::from_secs(60)).unwrap() {
            Outcome::Analyzed {
                report: r,
                figures,
                findings,
            } => {
                assert!(Arc::ptr_eq(&r, &report));
                assert_eq!(*figures, indicators::extract(&report));
                assert_eq!(*findings, crate::lint::check(&report));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_missing_file_reports_a_failure() {
        let reread = Reread {
            path: "/no/such/报告.txt".into(),
            text: None,
            stamp: None,
            site: None,
        };
        match run(Job::Reload(reread)) {
            Outcome::ReloadFailed { path, error } => {
                assert_eq!(path, PathBuf::from("/no/such/报告.txt"));
                assert!(!error.is_empty());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_unchanged_file_is_not_reloaded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.txt");
        std::fs::write(&path, "一、总体情况\n全年办理案件4件。\n").unwrap();
        let first = run(Job::Reload(Reread {
            path: path.clone(),
            text: None,
            stamp: None,
            site: None,
        }));
        let Outcome::Reloaded { report, stamp, .. } = first else {
            panic!("{first:?}");
        };
        assert!(stamp.is_some());
        // Same text, no stamp known: read, compared, unchanged.
        let again = run(Job::Reload(Reread {
            path: path.clone(),
            text: Some(report.text.clone()),
            stamp: None,
            site: None,
        }));
        assert!(matches!(again, Outcome::Unchanged { .. }), "{again:?}");
        // Same stamp: not even read.
        let same = run(Job::Reload(Reread {
            path: path.clone(),
            text: Some(report.text.clone()),
            stamp,
            site: None,
        }));
        assert!(matches!(same, Outcome::Unchanged { .. }));
        std::fs::write(&path, "一、总体情况\n全年办理案件5件。\n").unwrap();
        let changed = run(Job::Reload(Reread {
            path,
            text: Some(report.text.clone()),
            stamp: None,
            site: None,
        }));
        assert!(matches!(changed, Outcome::Reloaded { .. }));
    }

    #[test]
    fn a_panicking_analysis_fails_that_report_and_the_worker_goes_on() {
        let mut reports = crate::samples::reports().unwrap();
        let good = Arc::new(reports.remove(0));
        // A report whose figures cannot be computed: its text is cut short of what its
        // line table says, so indexing into it panics.
        let mut broken = reports.remove(0);
        broken.text = Arc::from("");
        let broken = Arc::new(broken);
        let (worker, rx) = Worker::spawn().unwrap();
        assert!(worker.submit(Job::Analyze(broken.clone())));
        assert!(worker.submit(Job::Analyze(good.clone())));
        match rx.recv_timeout(Duration::from_secs(60)).unwrap() {
            Outcome::AnalysisFailed { report, error } => {
                assert!(Arc::ptr_eq(&report, &broken));
                assert!(error.starts_with("internal error: "), "{error}");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            rx.recv_timeout(Duration::from_secs(60)).unwrap(),
            Outcome::Analyzed { .. }
        ));
    }
}
