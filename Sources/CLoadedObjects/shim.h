// dl_iterate_phdr and its info are GNU extensions of <link.h>.
#define _GNU_SOURCE 1
#include <link.h>
