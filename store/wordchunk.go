package store

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sort"

	bolt "go.etcd.io/bbolt"
)

// The postings of one word are kept in chunks: bbolt keys
// word 0x00 bound → a sorted list of postings. A posting is one article
// that has the word: its sort suffix (dateKey | article id) and a bitmap
// of positions in the article's commitment list (see wordEntries.encode;
// empty: every commitment of the article). The first chunk of a word has
// the empty bound; each other chunk's bound is at most its first posting
// and above every posting of the chunk before, so the chunk that holds a
// posting is the last one whose key is at or before word 0x00 posting.
//
// A write transaction gathers the posting changes of all its articles
// (txWriter.words) and appends them to the word log; the write that folds
// the log rewrites each touched chunk once for all of them (flushWord,
// wordlog.go); chunks above maxChunk bytes are split. A word's first chunk is cut
// into pieces filled from the end to chunkFill bytes, since new articles
// (the most recent dates) sort first and so land in it; any other chunk
// takes postings of older dates anywhere and is cut into pieces of even
// size, so that it does not leave a small piece behind on every split.

const (
	maxChunk  = 500
	chunkFill = maxChunk * 9 / 10
)

// errCorruptChunk means a word index chunk does not decode.
var errCorruptChunk = errors.New("corrupt word index chunk (run pledgewatch check --repair)")

// posting is one article in a word's chunk.
type posting struct {
	key    []byte // dateKey | article id
	bm     []byte // bitmap over the article's commitment list; empty: all
	packed []byte // packKey(key), when decoded from a chunk
	del    bool   // a change of the word log deleting the posting
}

// wordChange is a pending change of one posting: set bm, or delete.
type wordChange struct {
	bm  []byte
	del bool
}

// encodeChunk encodes sorted postings: per posting, the length of the
// prefix its packed key (packKey) shares with the previous one, the
// length and bytes of the rest, and the length and bytes of the bitmap,
// as uvarints.
func encodeChunk(ps []posting) []byte {
	size := 0
	for _, p := range ps {
		size += 3 + len(p.packed) + len(p.key) + len(p.bm)
	}
	b := make([]byte, 0, size)
	var prev, cur []byte
	for _, p := range ps {
		if p.packed != nil {
			// Packed keys are not changed: compare them in place.
			cur = p.packed
		} else {
			cur = packKey(nil, p.key)
		}
		n := 0
		for n < len(prev) && n < len(cur) && prev[n] == cur[n] {
			n++
		}
		b = binary.AppendUvarint(b, uint64(n))
		b = binary.AppendUvarint(b, uint64(len(cur)-n))
		b = append(b, cur[n:]...)
		b = binary.AppendUvarint(b, uint64(len(p.bm)))
		b = append(b, p.bm...)
		prev = cur
	}
	return b
}

// packKey appends the packed form of posting key k (dateKey | article
// id) to dst: the date key, then 1 and the 16 bytes of an id of 32
// lower-case hex digits (news.ArticleID), or 0 and any other id as is.
func packKey(dst, k []byte) []byte {
	dst = append(dst, k[:min(len(k), dateKeyLen)]...)
	id := k[min(len(k), dateKeyLen):]
	if len(id) == 32 && isLowerHex(id) {
		var raw [16]byte
		hex.Decode(raw[:], id)
		return append(append(dst, 1), raw[:]...)
	}
	return append(append(dst, 0), id...)
}

// unpackKey appends the posting key of packed key p to dst.
func unpackKey(dst, p []byte) ([]byte, bool) {
	if len(p) < dateKeyLen+1 {
		return dst, false
	}
	dst = append(dst, p[:dateKeyLen]...)
	switch rest := p[dateKeyLen+1:]; p[dateKeyLen] {
	case 0:
		return append(dst, rest...), true
	case 1:
		if len(rest) != 16 {
			return dst, false
		}
		return hex.AppendEncode(dst, rest), true
	}
	return dst, false
}

func isLowerHex(b []byte) bool {
	for _, c := range b {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// decodeChunk decodes a chunk into fresh memory, with each posting's key
// unpacked beside its packed key. It fails with errCorruptChunk unless
// the keys are ascending and longer than a date key: decodePacked checks
// both on the packed keys (validPacked, cmpPacked).
func decodeChunk(v []byte) ([]posting, error) {
	ps, err := decodePacked(v)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 0, 2*len(v)) // unpacked keys (a growth leaves earlier keys valid)
	for i := range ps {
		start := len(buf)
		buf, _ = unpackKey(buf, ps[i].packed)
		ps[i].key = buf[start:len(buf):len(buf)]
	}
	return ps, nil
}

// floor positions c at the last key at or before k and returns it (nil
// when there is none).
func floor(c *bolt.Cursor, k []byte) ([]byte, []byte) {
	ck, cv := c.Seek(k)
	switch {
	case ck == nil:
		return c.Last()
	case !bytes.Equal(ck, k):
		return c.Prev()
	}
	return ck, cv
}

// flushWord applies the changes chs (sorted by posting key) to the
// chunks of word in bucket b, rewriting each touched chunk once.
func flushWord(b *bolt.Bucket, word string, keys []string, chs []wordChange) error {
	prefix := []byte(word + "\x00")
	var scratch chunkScratch
	for i := 0; i < len(keys); {
		c := b.Cursor()
		var chunkKey, upper []byte
		var ps []posting
		k, v := floor(c, append(slices.Clone(prefix), keys[i]...))
		if k != nil && bytes.HasPrefix(k, prefix) {
			chunkKey = slices.Clone(k)
			var err error
			if ps, err = scratch.decode(v); err != nil {
				return fmt.Errorf("store: word index %q: %w", word, err)
			}
			k = nil
			if i < len(keys)-1 {
				// Later changes may belong to later chunks.
				k, _ = c.Next()
			}
		} else {
			// The word has no chunk at or before the posting: a first
			// chunk, before any other (which only damage leaves).
			chunkKey = prefix
			k, _ = c.Seek(prefix)
		}
		if k != nil && bytes.HasPrefix(k, prefix) {
			upper = slices.Clone(k[len(prefix):])
		}
		j := i
		for j < len(keys) && (upper == nil || keys[j] < string(upper)) {
			j++
		}
		ps = scratch.applyChanges(ps, keys[i:j], chs[i:j])
		if err := putChunks(b, prefix, chunkKey, ps); err != nil {
			return fmt.Errorf("store: word index %q: %w", word, err)
		}
		i = j
	}
	return nil
}

// applyChanges merges sorted changes into sorted postings (packed keys
// only, as decodePacked returns them), in the scratch memory.
func (s *chunkScratch) applyChanges(ps []posting, keys []string, chs []wordChange) []posting {
	out := s.out[:0]
	buf, ends := s.keys[:0], s.ends[:0]
	for _, k := range keys {
		buf = packKey(buf, []byte(k))
		ends = append(ends, len(buf))
	}
	i := 0
	for j := range keys {
		start := 0
		if j > 0 {
			start = ends[j-1]
		}
		pk := buf[start:ends[j]:ends[j]]
		for i < len(ps) && cmpPacked(ps[i].packed, pk) < 0 {
			out = append(out, ps[i])
			i++
		}
		if i < len(ps) && cmpPacked(ps[i].packed, pk) == 0 {
			i++
		}
		if !chs[j].del {
			out = append(out, posting{packed: pk, bm: chs[j].bm})
		}
	}
	out = append(out, ps[i:]...)
	s.out, s.keys, s.ends = out[:0], buf[:0], ends[:0]
	return out
}

// putChunks stores the postings (packed keys) of the chunk at chunkKey, split into
// pieces of at most maxChunk bytes, or deletes the chunk when ps is
// empty (a first chunk is then replaced by the word's next chunk).
func putChunks(b *bolt.Bucket, prefix, chunkKey []byte, ps []posting) error {
	if len(ps) == 0 {
		if err := b.Delete(chunkKey); err != nil {
			return err
		}
		if len(chunkKey) > len(prefix) {
			return nil
		}
		k, v := b.Cursor().Seek(prefix)
		if k == nil || !bytes.HasPrefix(k, prefix) {
			return nil
		}
		k, v = slices.Clone(k), slices.Clone(v)
		if err := b.Delete(k); err != nil {
			return err
		}
		return b.Put(prefix, v)
	}
	// Only the first chunk takes new postings at its front (the newest
	// articles); any other chunk is split evenly, leaving room on both
	// sides for postings dated between.
	pieces := splitChunk(ps, len(chunkKey) == len(prefix))
	for i, p := range pieces {
		k := chunkKey
		if i > 0 {
			k, _ = unpackKey(slices.Clone(prefix), p[0].packed)
		}
		if err := b.Put(k, encodeChunk(p)); err != nil {
			return err
		}
	}
	return nil
}

// splitChunk cuts postings (packed keys) whose encoding exceeds maxChunk
// into pieces: of about chunkFill bytes filled from the end when fromEnd,
// else of even size (at most chunkFill bytes each).
func splitChunk(ps []posting, fromEnd bool) [][]posting {
	// About the encoded size: headers, the date key bytes not shared
	// with the previous posting, the packed id and the bitmap.
	size := func(p posting) int {
		return 3 + 8 + len(p.packed) - dateKeyLen + len(p.bm)
	}
	total := 0
	for _, p := range ps {
		total += size(p)
	}
	if total <= maxChunk {
		return [][]posting{ps}
	}
	if !fromEnd {
		return splitEven(ps, total, size)
	}
	var pieces [][]posting
	end, n := len(ps), 0
	for i := len(ps) - 1; i >= 0; i-- {
		n += size(ps[i])
		if n > chunkFill && i < end-1 {
			pieces = append(pieces, ps[i+1:end])
			end, n = i+1, size(ps[i])
		}
	}
	pieces = append(pieces, ps[:end])
	slices.Reverse(pieces)
	return pieces
}

// splitEven cuts postings of total encoded size (as size counts) into
// the fewest pieces of at most chunkFill bytes, of about even size.
func splitEven(ps []posting, total int, size func(posting) int) [][]posting {
	n := (total + chunkFill - 1) / chunkFill
	target := (total + n - 1) / n
	var pieces [][]posting
	start, sum := 0, 0
	for i, p := range ps {
		sum += size(p)
		if sum >= target && i < len(ps)-1 && len(pieces) < n-1 {
			pieces = append(pieces, ps[start:i+1])
			start, sum = i+1, 0
		}
	}
	return append(pieces, ps[start:])
}

// postingIter walks the postings of one word in key order, keeping the
// decoded chunk it is on.
type postingIter struct {
	b      *bolt.Bucket
	c      *bolt.Cursor
	prefix []byte // word 0x00
	lo, hi []byte // bounds of the chunk held: lo <= its keys < hi (nil: none)
	ps     []posting
	loaded bool
	i      int
	err    error
}

// load decodes the chunk the cursor is on (key k, value v) and notes
// the key of the next one.
func (it *postingIter) load(k, v []byte) bool {
	ps, err := decodeChunk(v)
	if err != nil {
		it.err = fmt.Errorf("store: word index %q: %w", it.prefix[:len(it.prefix)-1], err)
		return false
	}
	it.ps, it.loaded, it.i = ps, true, 0
	it.lo = slices.Clone(k[len(it.prefix):])
	it.hi = nil
	if nk, _ := it.c.Next(); nk != nil && bytes.HasPrefix(nk, it.prefix) {
		it.hi = slices.Clone(nk[len(it.prefix):])
	}
	return true
}

// seek moves to the first posting whose key is >= key and returns it,
// or nil at the end.
func (it *postingIter) seek(key []byte) *posting {
	if !it.loaded || bytes.Compare(key, it.lo) < 0 || (it.hi != nil && bytes.Compare(key, it.hi) >= 0) {
		full := append(slices.Clone(it.prefix), key...)
		k, v := floor(it.c, full)
		if k == nil || !bytes.HasPrefix(k, it.prefix) {
			k, v = it.c.Seek(it.prefix)
			if k == nil || !bytes.HasPrefix(k, it.prefix) {
				return nil
			}
		}
		if !it.load(k, v) {
			return nil
		}
	}
	it.i = sort.Search(len(it.ps), func(i int) bool { return bytes.Compare(it.ps[i].key, key) >= 0 })
	return it.cur()
}

// next moves to the following posting and returns it, or nil at the end.
func (it *postingIter) next() *posting {
	it.i++
	return it.cur()
}

// cur returns the posting the iterator is on, moving to the next chunk
// when past the end of this one.
func (it *postingIter) cur() *posting {
	for it.i >= len(it.ps) {
		if it.hi == nil {
			return nil
		}
		k, v := it.c.Seek(append(slices.Clone(it.prefix), it.hi...))
		if k == nil || !bytes.HasPrefix(k, it.prefix) || !it.load(k, v) {
			return nil
		}
	}
	return &it.ps[it.i]
}
