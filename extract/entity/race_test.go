//go:build race

package entity

// raceEnabled: the race detector slows Load several times over.
const raceEnabled = true
