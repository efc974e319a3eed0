//go:build !unix

package main

import "time"

// processCPU is -1 where the process's CPU time is not known: bench then
// leaves it out.
func processCPU() time.Duration { return -1 }
