//go:build !unix

package index

import "os"

// mapFile reads the file at path where mapping is not implemented.
func mapFile(path string) (data []byte, unmap func([]byte), err error) {
	data, err = os.ReadFile(path)
	return data, func([]byte) {}, err
}
