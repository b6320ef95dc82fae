package corpustest

import (
	"testing"

	"tidings/corpus"
)

func TestMemoryConformance(t *testing.T) {
	Run(t, func(t *testing.T) corpus.Store { return NewMemory() })
}
