#define _GNU_SOURCE
#include "pipeline_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static int close_on_exec_pipe(int fds[2]) {
#if defined(__linux__)
    return pipe2(fds, O_CLOEXEC);
#else
    if (pipe(fds) != 0) return -1;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
#endif
}

pid_t pipeline_spawn(char *const argv[], const char *directory, int *to_child, int *from_child) {
    int input[2], output[2];
    if (close_on_exec_pipe(input) != 0) return -1;
    if (close_on_exec_pipe(output) != 0) {
        int saved = errno;
        close(input[0]);
        close(input[1]);
        errno = saved;
        return -1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO);
    if (directory != NULL) posix_spawn_file_actions_addchdir_np(&actions, directory);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    posix_spawnattr_setpgroup(&attributes, 0);
    // The child starts with default signal handling and nothing blocked, whatever the host ignores.
    sigset_t defaults, empty;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigemptyset(&empty);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setsigmask(&attributes, &empty);
    pid_t pid = -1;
    int failed = posix_spawnp(&pid, argv[0], &actions, &attributes, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close(input[0]);
    close(output[1]);
    if (failed != 0) {
        close(input[1]);
        close(output[0]);
        errno = failed;
        return -1;
    }
    *to_child = input[1];
    *from_child = output[0];
    return pid;
}

int pipeline_kill_and_reap(pid_t pid) {
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    return status;
}

int pipeline_try_reap(pid_t pid, int *status) {
    return waitpid(pid, status, WNOHANG) == pid ? 1 : 0;
}

int pipeline_wait_status(int status, int *value) {
    if (WIFSIGNALED(status)) {
        *value = WTERMSIG(status);
        return 1;
    }
    *value = WEXITSTATUS(status);
    return 0;
}
