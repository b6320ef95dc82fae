package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// maxLine bounds one JSON Lines record (a whole article text).
const maxLine = 64 << 20

// eachLine decodes each non-empty JSON line of r into a new T and calls fn
// with its 1-based line number.
func eachLine[T any](r io.Reader, fn func(n int, v *T) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), maxLine)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		v := new(T)
		if err := json.Unmarshal(line, v); err != nil {
			return fmt.Errorf("stdin line %d: not a JSON object: %w", n, err)
		}
		if err := fn(n, v); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	return nil
}
