// Debian ships Snowball's C interface as libstemmer.h (upstream: libstemmer_c/include).
#include <libstemmer.h>
