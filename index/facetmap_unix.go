//go:build unix

package index

import (
	"fmt"
	"math"
	"os"
	"syscall"
)

// mapFile maps the file at path read-only; unmap releases the mapping.
func mapFile(path string) (data []byte, unmap func([]byte), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if info.Size() == 0 || info.Size() > math.MaxInt32 {
		return nil, nil, fmt.Errorf("%s: %w: %d bytes", path, errFacetFile, info.Size())
	}
	data, err = syscall.Mmap(int(f.Fd()), 0, int(info.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, fmt.Errorf("map %s: %w", path, err)
	}
	return data, func(b []byte) { _ = syscall.Munmap(b) }, nil
}
