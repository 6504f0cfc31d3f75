#pragma once

namespace gradus::cli {

// A national-size run touches about a gigabyte of fresh memory, and on a virtual machine each
// first touch of a 4 KiB page is a costly fault (400,000 of them, some 7 s of a 23 s ranking).
// glibc backs its heap with transparent huge pages when the tunable glibc.malloc.hugetlb=1 is
// set, and reads tunables only when a process starts. So, when the kernel gives huge pages on
// request ("madvise" mode) and GRADUS_HUGE_PAGES is unset, this restarts the program (`argv`, as
// main received it) with the tunable added, and does not return. The restarted program, calling
// it again, puts the environment back as it was given (what gradus starts inherits that) and
// returns. It also returns when the kernel gives no huge pages on request, when GLIBC_TUNABLES
// names the tunable already, when GRADUS_HUGE_PAGES is set (0 to refuse), or when the restart
// failed (the environment then put back).
void restart_with_huge_pages(char** argv);

}  // namespace gradus::cli
