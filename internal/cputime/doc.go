// Package cputime reads the CPU time the process has used, for benchmarks
// that report work per CPU-second: on a shared machine wall time hides how
// much work was done.
package cputime
