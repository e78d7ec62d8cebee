//! How the binary's allocator (mimalloc, set in `main.rs`) hands memory
//! back to the system.

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e`, which
/// libmimalloc-sys gives no name).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps freed memory in the process instead of handing it back to the
/// system a second later: every build phase frees what the next one allocates
/// again, and with transparent huge pages each return meant the kernel
/// zeroing 2 MB anew, a third of a 10,000-SOP build's CPU time. A build
/// ends soon after; `serve` holds the whole site in memory anyway.
pub fn keep_freed_memory() {
    // SAFETY: sets an integer option; mimalloc reads options at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        // mimalloc 3's default purge delay is 1000 ms (options.c); a
        // wrong index would read another option.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            let before = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
            assert_eq!(before, 1000);
        }
        keep_freed_memory();
        let after = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert_eq!(after, -1);
    }
}
