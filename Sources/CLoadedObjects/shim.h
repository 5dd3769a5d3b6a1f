/* The C library's walk over the objects loaded in the process (dl_iterate_phdr), declared
   here rather than taken from <link.h>: there it is a GNU extension, and defining
   _GNU_SOURCE in this module would give the system headers other modules share another
   shape (a clean build then refuses fd_set). The structures are the first fields of
   glibc's dl_phdr_info and the ELF64 program header, as the ABI lays them out; the
   callback is told the real size. */
#include <stddef.h>
#include <stdint.h>

struct revq_program_header {
    uint32_t type;
    uint32_t flags;
    uint64_t offset;
    uint64_t address;
    uint64_t physical_address;
    uint64_t file_size;
    uint64_t memory_size;
    uint64_t alignment;
};

struct revq_loaded_object {
    uint64_t load_bias;
    const char *name;
    const struct revq_program_header *headers;
    uint16_t header_count;
};

int dl_iterate_phdr(
    int (*callback)(struct revq_loaded_object *object, size_t size, void *data), void *data);
