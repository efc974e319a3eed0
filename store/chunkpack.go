package store

import (
	"bytes"
	"encoding/binary"
)

// A write rewrites a chunk without unpacking its keys: decodePacked
// leaves them packed (packKey) and cmpPacked orders packed keys as their
// unpacked keys sort, so the changes of a transaction, packed once, merge
// into the postings as they are stored.

// decodePacked decodes a chunk into postings that hold only their packed
// keys and bitmaps, in fresh memory. It fails with errCorruptChunk
// unless the keys are ascending and each holds a date key and an id.
func decodePacked(v []byte) ([]posting, error) {
	var s chunkScratch
	return s.decode(v)
}

// chunkScratch is the memory the chunk rewrites of one word reuse: the
// decoded postings and their bytes, and the merged postings. What a
// rewrite stores (encodeChunk's result, chunk keys) is never in it.
type chunkScratch struct {
	ps, out []posting
	buf     []byte // packed keys and bitmaps of ps
	keys    []byte // packed keys of the changes
	ends    []int  // of each change's packed key in keys
}

// decode is decodePacked into the scratch memory: the postings are
// valid until the next decode.
func (s *chunkScratch) decode(v []byte) ([]posting, error) {
	ps, buf := s.ps[:0], s.buf[:0]
	if cap(buf) < 2*len(v) {
		buf = make([]byte, 0, 2*len(v))
	}
	defer func() { s.ps, s.buf = ps[:0], buf[:0] }()
	var prev []byte
	uv := func() (int, bool) {
		n, w := binary.Uvarint(v)
		// Each length is checked by its caller: a shared prefix against
		// the previous key, the others against the bytes left.
		if w <= 0 || n > 1<<20 {
			return 0, false
		}
		v = v[w:]
		return int(n), true
	}
	for len(v) > 0 {
		shared, ok1 := uv()
		rest, ok2 := uv()
		if !ok1 || !ok2 || shared > len(prev) || rest > len(v) {
			return nil, errCorruptChunk
		}
		start := len(buf)
		buf = append(append(buf, prev[:shared]...), v[:rest]...)
		v = v[rest:]
		packed := buf[start:len(buf):len(buf)]
		nbm, ok := uv()
		if !ok || nbm > len(v) || !validPacked(packed) || (prev != nil && cmpPacked(prev, packed) >= 0) {
			return nil, errCorruptChunk
		}
		start = len(buf)
		buf = append(buf, v[:nbm]...)
		v = v[nbm:]
		ps = append(ps, posting{packed: packed, bm: buf[start:len(buf):len(buf)]})
		prev = packed
	}
	return ps, nil
}

// validPacked reports whether p is a packed key that unpackKey reads:
// a date key, then 1 and 16 bytes, or 0 and a non-empty id.
func validPacked(p []byte) bool {
	if len(p) < dateKeyLen+2 {
		return false
	}
	switch p[dateKeyLen] {
	case 0:
		return true
	case 1:
		return len(p) == dateKeyLen+17
	}
	return false
}

// cmpPacked compares two valid packed keys in the order of their
// unpacked keys: date keys byte by byte, then ids. Ids packed alike
// compare packed (16 bytes compare as their 32 lower-case hex digits);
// one packed and one not compare unpacked.
func cmpPacked(a, b []byte) int {
	if c := bytes.Compare(a[:dateKeyLen], b[:dateKeyLen]); c != 0 {
		return c
	}
	if a[dateKeyLen] == b[dateKeyLen] {
		return bytes.Compare(a[dateKeyLen+1:], b[dateKeyLen+1:])
	}
	ka, _ := unpackKey(nil, a)
	kb, _ := unpackKey(nil, b)
	return bytes.Compare(ka, kb)
}
