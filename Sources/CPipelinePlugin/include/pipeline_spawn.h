// Starting an `exec` stage's child: C, because Swift's Glibc module lacks the calls
// (posix_spawn_file_actions_addchdir_np, pipe2) and Foundation's Process cannot put a
// child in a process group of its own, which is what lets a hung child be killed with
// everything it started.
#ifndef PIPELINE_SPAWN_H
#define PIPELINE_SPAWN_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Starts `argv[0]` (looked up in PATH when it has no '/') with `argv`, in `directory`,
/// as the leader of a new process group, with a pipe on its stdin and one on its stdout
/// (stderr is shared). Returns the pid and sets `*to_child` and `*from_child` (both
/// close-on-exec), or returns -1 with `errno` set.
pid_t pipeline_spawn(char *const argv[], const char *directory, int *to_child, int *from_child);

/// Kills the process group of `pid` with SIGKILL and reaps `pid`. Returns its wait status.
int pipeline_kill_and_reap(pid_t pid);

/// Reaps `pid` if it has exited, without waiting. Returns 1 and sets `*status` when it had.
int pipeline_try_reap(pid_t pid, int *status);

/// Decodes a wait status: 0 for an exit (code in `*value`), 1 for a signal (number in `*value`).
int pipeline_wait_status(int status, int *value);

#ifdef __cplusplus
}
#endif

#endif
