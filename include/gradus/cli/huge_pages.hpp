#pragma once

namespace gradus::cli {

// A national-size run touches about a gigabyte of fresh memory, and on a virtual machine each
// first touch of a 4 KiB page is a costly fault (400,000 of them, some 5 s of a 20 s ranking).
// glibc backs its heap with transparent huge pages when the tunable glibc.malloc.hugetlb=1 is
// set, and reads tunables only when a process starts. So, when the kernel gives huge pages on
// request ("madvise" mode) and nothing in the environment has decided already, this restarts the
// program (`argv`, as main received it) with the tunable added, and does not return. It returns
// when there is nothing to do or the restart failed. GRADUS_HUGE_PAGES set to anything (0 to
// refuse) means decided; the restarted program finds it set.
void restart_with_huge_pages(char** argv);

}  // namespace gradus::cli
