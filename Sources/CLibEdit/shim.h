// Swift cannot call C variadic functions (el_set, el_get, history) nor touch C globals
// under strict concurrency, so every such use revq needs is wrapped here.
#include <histedit.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

typedef char *(*revq_prompt_fn)(EditLine *);
typedef unsigned char (*revq_command_fn)(EditLine *, int);

static inline int revq_el_set_prompt(EditLine *el, revq_prompt_fn f) { return el_set(el, EL_PROMPT, f); }
static inline int revq_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int revq_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int revq_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int revq_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *revq_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int revq_el_addfn(EditLine *el, const char *name, const char *help, revq_command_fn f) {
    return el_set(el, EL_ADDFN, name, help, f);
}
static inline int revq_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

static inline int revq_history_setsize(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}
static inline int revq_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}
static inline int revq_history_clear(History *h) {
    HistEvent event;
    return history(h, &event, H_CLEAR);
}

/// The terminal's width in columns, or 0 when `fd` is not a terminal.
static inline int revq_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

/// True when the C library's character set is UTF-8 (after setlocale).
static inline int revq_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

typedef int (*revq_read_fn)(EditLine *, wchar_t *);
static inline int revq_el_set_getcfn(EditLine *el, revq_read_fn f) { return el_set(el, EL_GETCFN, f); }
