//! A search thread for a UI: queries go in as the user types, results come back tagged
//! with the query's sequence number, and queries that arrive while one is running are
//! coalesced so only the newest is searched. The UI thread never waits on a search.

use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::Arc;
use std::thread;

use super::{Hit, SearchIndex, Searcher};

/// Results of the query with sequence number `seq`.
#[derive(Debug)]
pub struct Results {
    pub seq: u64,
    pub query: String,
    pub hits: Vec<Hit>,
}

/// Handle to the search thread; dropping it stops the thread.
pub struct SearchWorker {
    requests: Sender<(u64, String, usize)>,
    results: Receiver<Results>,
    seq: u64,
}

impl SearchWorker {
    pub fn spawn(index: Arc<SearchIndex>) -> SearchWorker {
        let (requests, inbox) = mpsc::channel::<(u64, String, usize)>();
        let (outbox, results) = mpsc::channel();
        thread::spawn(move || {
            let mut searcher = Searcher::new(Arc::clone(&index));
            while let Ok(mut request) = inbox.recv() {
                // Skip to the newest query: older ones are already out of date.
                loop {
                    match inbox.try_recv() {
                        Ok(newer) => request = newer,
                        Err(TryRecvError::Empty) => break,
                        Err(TryRecvError::Disconnected) => return,
                    }
                }
                let (seq, query, limit) = request;
                // A query that meets a defect finds nothing, and the next one starts
                // from a fresh searcher, instead of the thread dying with it.
                let hits = match crate::contain::catch(|| searcher.search(&query, limit)) {
                    Ok(hits) => hits,
                    Err(_) => {
                        searcher = Searcher::new(Arc::clone(&index));
                        Vec::new()
                    }
                };
                if outbox.send(Results { seq, query, hits }).is_err() {
                    return;
                }
            }
        });
        SearchWorker {
            requests,
            results,
            seq: 0,
        }
    }

    /// Ask for `query`; returns its sequence number.
    pub fn request(&mut self, query: &str, limit: usize) -> u64 {
        self.seq += 1;
        // A dead worker shows as no results arriving; nothing to do here.
        let _ = self.requests.send((self.seq, query.to_string(), limit));
        self.seq
    }

    /// The newest results that have arrived, if any (older ones are dropped).
    pub fn try_latest(&self) -> Option<Results> {
        self.results.try_iter().last()
    }

    /// Sequence number of the last request.
    pub fn last_seq(&self) -> u64 {
        self.seq
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn newest_query_wins() {
        let reports = crate::samples::reports().unwrap();
        let mut worker = SearchWorker::spawn(Arc::new(SearchIndex::build(&reports)));
        for q in ["x", "xz", "xzf", "xzfy"] {
            worker.request(q, 10);
        }
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut last = None;
        while Instant::now() < deadline {
            if let Some(r) = worker.try_latest() {
                let done = r.seq == worker.last_seq();
                last = Some(r);
                if done {
                    break;
                }
            }
            thread::sleep(Duration::from_millis(5));
        }
        let last = last.expect("results");
        assert_eq!(last.query, "xzfy");
        assert!(!last.hits.is_empty());
    }
}
