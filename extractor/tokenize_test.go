package extractor

import "testing"

// TestASCIILowerBytes checks the eight-bytes-at-a-time lower-casing
// against the byte-by-byte rule, at every alignment.
func TestASCIILowerBytes(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c), 'Q', byte(c))
	}
	for off := 0; off < 9; off++ {
		b := append([]byte(nil), all[off:]...)
		asciiLowerBytes(b)
		for i, c := range all[off:] {
			w := c
			if c >= 'A' && c <= 'Z' {
				w = c + 'a' - 'A'
			}
			if b[i] != w {
				t.Fatalf("offset %d, byte %#x: got %#x, want %#x", off, c, b[i], w)
			}
		}
	}
}
