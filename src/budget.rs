//! A memory budget for work done in parallel: how many bytes of briefing text may be in
//! flight at once, whatever the number of cores.
//!
//! Extracting a text takes memory in proportion to its length. With one thread per core and
//! files up to the 64 MiB size cap, a folder of large files on a many-core machine would hold
//! dozens of them at once. Two tools bound that:
//!
//! - [`ByteBudget`] lets a worker start on a text only while the texts already being worked
//!   on, plus this one, fit the budget (the TUI's background extraction);
//! - [`slice_len`] cuts a list into slices of at most so many items and so many bytes, for work
//!   done a slice at a time (the export reads, extracts and writes one slice while the
//!   previous one is written).
//!
//! A single text larger than the whole budget still goes, alone: the budget bounds how much
//! is in flight, it never refuses work.

use std::sync::{Condvar, Mutex, PoisonError};

/// Bytes of text being worked on at once, shared by the threads doing the work.
#[derive(Debug)]
pub struct ByteBudget {
    capacity: u64,
    in_use: Mutex<u64>,
    freed: Condvar,
}

/// Bytes taken from a [`ByteBudget`]; dropping it gives them back.
#[derive(Debug)]
pub struct Permit<'a> {
    budget: &'a ByteBudget,
    bytes: u64,
}

impl ByteBudget {
    pub fn new(capacity: u64) -> Self {
        ByteBudget {
            capacity: capacity.max(1),
            in_use: Mutex::new(0),
            freed: Condvar::new(),
        }
    }

    /// Waits until `bytes` fit beside what is in use, and takes them. A request larger than
    /// the whole budget waits for the budget to be free and then takes all of it.
    ///
    /// Only for work that takes no other permit and waits on no other parallel work while it
    /// holds this one (an extraction is one plain function call), so holders always finish.
    pub fn acquire(&self, bytes: u64) -> Permit<'_> {
        let bytes = bytes.min(self.capacity);
        let mut in_use = self.in_use.lock().unwrap_or_else(PoisonError::into_inner);
        while *in_use + bytes > self.capacity {
            in_use = self
                .freed
                .wait(in_use)
                .unwrap_or_else(PoisonError::into_inner);
        }
        *in_use += bytes;
        Permit {
            budget: self,
            bytes,
        }
    }

    /// Bytes taken now.
    pub fn in_use(&self) -> u64 {
        *self.in_use.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn capacity(&self) -> u64 {
        self.capacity
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        let mut in_use = self
            .budget
            .in_use
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        *in_use = in_use.saturating_sub(self.bytes);
        self.budget.freed.notify_all();
    }
}

/// How many of `sizes` (taken from the front) make the next slice: at least one, at most
/// `max_items`, and no more than fit in `max_bytes` together (one larger item goes alone).
pub fn slice_len(sizes: impl IntoIterator<Item = u64>, max_items: usize, max_bytes: u64) -> usize {
    let mut taken = 0;
    let mut bytes = 0u64;
    for size in sizes.into_iter().take(max_items.max(1)) {
        bytes = bytes.saturating_add(size);
        if taken > 0 && bytes > max_bytes {
            break;
        }
        taken += 1;
    }
    taken.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::Duration;

    const MIB: u64 = 1024 * 1024;

    /// Sixteen threads (a many-core machine) each extract files at the 64 MiB cap: never more
    /// than the budget's bytes are taken at once, and every file gets done.
    #[test]
    fn bytes_in_flight_never_exceed_the_budget() {
        let budget = ByteBudget::new(128 * MIB);
        let peak = AtomicU64::new(0);
        let done = AtomicU64::new(0);
        std::thread::scope(|scope| {
            for thread in 0..16u64 {
                let (budget, peak, done) = (&budget, &peak, &done);
                scope.spawn(move || {
                    for file in 0..4u64 {
                        // Sizes from 1 to 64 MiB.
                        let size = (1 + (thread * 7 + file * 13) % 64) * MIB;
                        let permit = budget.acquire(size);
                        peak.fetch_max(budget.in_use(), Ordering::SeqCst);
                        std::thread::sleep(Duration::from_millis(1));
                        drop(permit);
                        done.fetch_add(1, Ordering::SeqCst);
                    }
                });
            }
        });
        assert_eq!(done.load(Ordering::SeqCst), 64, "every file done");
        let peak = peak.load(Ordering::SeqCst);
        assert!(peak <= 128 * MIB, "peak {} MiB", peak / MIB);
        assert!(
            peak > 64 * MIB,
            "work ran side by side: peak {} MiB",
            peak / MIB
        );
        assert_eq!(budget.in_use(), 0, "all given back");
    }

    /// A file larger than the whole budget still goes, alone.
    #[test]
    fn a_request_larger_than_the_budget_runs_alone() {
        let budget = ByteBudget::new(10);
        let big = budget.acquire(1000);
        assert_eq!(budget.in_use(), 10);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let _small = budget.acquire(1);
                let _ = tx.send(());
            });
            assert!(
                rx.recv_timeout(Duration::from_millis(100)).is_err(),
                "a second request waits while the big one runs"
            );
            drop(big);
            assert!(rx.recv_timeout(Duration::from_secs(10)).is_ok());
        });
    }

    #[test]
    fn slices_hold_at_most_the_items_and_bytes_allowed() {
        let sizes = [3, 3, 3, 10, 1, 1, 1, 1, 1];
        let mut slices = Vec::new();
        let mut rest = &sizes[..];
        while !rest.is_empty() {
            let len = slice_len(rest.iter().copied(), 4, 6);
            slices.push(&rest[..len]);
            rest = &rest[len..];
        }
        assert_eq!(
            slices,
            [
                &[3, 3][..],
                &[3][..],
                &[10][..],
                &[1, 1, 1, 1][..],
                &[1][..]
            ]
        );
        assert_eq!(slice_len([], 4, 6), 1, "never zero");
    }
}
