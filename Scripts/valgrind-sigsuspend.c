/* Preloaded by Scripts/valgrind only. valgrind 3.19 (Debian 12) edits the signal mask that sigsuspend
 * is given, in place; libdispatch's mask (dispatchMain, which the Swift Testing runner calls) lives in
 * read-only memory, so valgrind itself crashes with SIGSEGV. This sigsuspend hands the kernel a copy on
 * the stack and changes nothing else. */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

int sigsuspend(const sigset_t *mask) {
    sigset_t copy = *mask;
    return (int)syscall(SYS_rt_sigsuspend, &copy, _NSIG / 8);
}
