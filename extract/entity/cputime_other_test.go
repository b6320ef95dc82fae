//go:build !unix

package entity

import "time"

// cpuTime is unknown here; the Load bound is then not checked.
func cpuTime() time.Duration { return 0 }
