//go:build !linux

package money

import "time"

func threadCPU() (time.Duration, bool) { return 0, false }
