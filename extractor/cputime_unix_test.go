//go:build unix

package extractor

import "syscall"

// cpuSeconds returns the CPU time (user and system, all threads) the
// process has used so far, for benchmarks on a shared machine where the
// wall time says little.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
