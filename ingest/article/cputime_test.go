//go:build unix

package article

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the process has used (all threads, GC
// included), so throughput per CPU-second holds on a busy machine.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
