package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// A write does not rewrite the chunks its postings belong to: a batch of
// articles dated over a year touches a chunk of a common word per
// article, and each of those chunks (and its page) would be rewritten
// per batch. Instead the posting changes of a write transaction are
// appended to the word log (idx_word_log), keyed by the write's sequence
// number:
//
//	seq (8 bytes, big-endian)  → uvarint: the bytes of the write's entries
//	seq | word                 → the write's changes of word's postings
//
// A word's entry is a chunk (encodeChunk) whose bitmaps start with a
// flag byte: 0 sets the posting to the rest of the bitmap, 1 deletes it.
// The entries of a write are appended after every older key, so a write
// dirties only the log's last pages.
//
// Readers overlay a word's entries, later writes winning, on its chunks
// (wordIter), so every answer is as if the chunks held them. When the log
// holds maxLogWrites writes, or a write would take it past maxLogBytes,
// that write instead folds the log and its own changes into the chunks,
// rewriting each touched chunk once for all of them, and empties the log,
// all in its transaction: a crash leaves either the log or its fold.
// The log thus bounds what a reader reads (one entry per held write) and
// what a fold holds in memory.

var bWordLog = []byte("idx_word_log")

// Bounds of the word log.
const (
	maxLogWrites = 16
	maxLogBytes  = 1 << 20
)

// errCorruptLog means an entry of the word log does not decode.
var errCorruptLog = errors.New("corrupt word index log (run pledgewatch check --repair)")

// wordLog returns the word log of tx, or nil when the file is of derived
// version 7 (opened read-only, so not upgraded): its chunks hold every
// posting, and a log bucket it has was left by a later version and not
// kept by the version 7 build that wrote since.
func wordLog(tx *bolt.Tx) *bolt.Bucket {
	if string(tx.Bucket(bMeta).Get(keyDerived)) != strconv.Itoa(derivedVersion) {
		return nil
	}
	return tx.Bucket(bWordLog)
}

// logHeaders returns the sequence numbers of the writes the log b holds
// and the bytes of their entries.
func logHeaders(b *bolt.Bucket) (seqs []uint64, size int, err error) {
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Seek(binary.BigEndian.AppendUint64(nil, seqs[len(seqs)-1]+1)) {
		n, w := binary.Uvarint(v)
		if len(k) != 8 || w <= 0 {
			return nil, 0, fmt.Errorf("store: word index log key %x: %w", k, errCorruptLog)
		}
		seqs = append(seqs, binary.BigEndian.Uint64(k))
		size += int(min(n, maxLogBytes*2))
		if seqs[len(seqs)-1] == 1<<64-1 {
			break
		}
	}
	return seqs, size, nil
}

// encodeLog encodes the changes of one word (keys sorted) as a log entry.
func encodeLog(keys []string, chs []wordChange) []byte {
	ps := make([]posting, len(keys))
	for i, k := range keys {
		flag := byte(0)
		if chs[i].del {
			flag = 1
		}
		ps[i] = posting{key: []byte(k), bm: append([]byte{flag}, chs[i].bm...)}
	}
	return encodeChunk(ps)
}

// decodeLog decodes a log entry into postings (keys unpacked), each
// marked del or holding its bitmap.
func decodeLog(v []byte) ([]posting, error) {
	ps, err := decodeChunk(v)
	if err != nil {
		return nil, errCorruptLog
	}
	for i := range ps {
		p := &ps[i]
		if len(p.bm) == 0 || p.bm[0] > 1 || (p.bm[0] == 1 && len(p.bm) > 1) {
			return nil, errCorruptLog
		}
		p.del, p.bm = p.bm[0] == 1, p.bm[1:]
	}
	return ps, nil
}

// readLog returns the changes the log b holds for word, sorted, the
// later write's where several change one posting.
func readLog(b *bolt.Bucket, word string) ([]posting, error) {
	seqs, _, err := logHeaders(b)
	if err != nil {
		return nil, err
	}
	var lists [][]posting // of each write, in write order
	c := b.Cursor()
	key := make([]byte, 8, 8+len(word))
	key = append(key, word...)
	for _, seq := range seqs {
		binary.BigEndian.PutUint64(key, seq)
		k, v := c.Seek(key)
		if !bytes.Equal(k, key) {
			continue
		}
		ps, err := decodeLog(v)
		if err != nil {
			return nil, fmt.Errorf("store: word index log %q: %w", word, err)
		}
		lists = append(lists, ps)
	}
	// Merge neighbours, the later over the earlier, until one is left.
	for len(lists) > 1 {
		next := lists[:0]
		for i := 0; i < len(lists); i += 2 {
			if i+1 == len(lists) {
				next = append(next, lists[i])
				break
			}
			next = append(next, overlay(lists[i], lists[i+1]))
		}
		lists = next
	}
	if len(lists) == 0 {
		return nil, nil
	}
	return lists[0], nil
}

// overlay merges the sorted postings over into the sorted postings ps,
// over's taking the place of ps's of the same key.
func overlay(ps, over []posting) []posting {
	out := make([]posting, 0, len(ps)+len(over))
	i := 0
	for _, p := range over {
		for i < len(ps) && bytes.Compare(ps[i].key, p.key) < 0 {
			out = append(out, ps[i])
			i++
		}
		if i < len(ps) && bytes.Equal(ps[i].key, p.key) {
			i++
		}
		out = append(out, p)
	}
	return append(out, ps[i:]...)
}

// readLogAll returns every change the log b holds, by word and posting
// key, the later write's where several change one posting.
func readLogAll(b *bolt.Bucket) (map[string]map[string]wordChange, error) {
	out := map[string]map[string]wordChange{}
	var header []byte // of the write whose entries follow
	err := b.ForEach(func(k, v []byte) error {
		if len(k) == 8 {
			header = k
			return nil
		}
		if len(k) < 8 || !bytes.Equal(k[:8], header) {
			return fmt.Errorf("store: word index log key %x: %w", k, errCorruptLog)
		}
		word := string(k[8:])
		ps, err := decodeLog(v)
		if err != nil {
			return fmt.Errorf("store: word index log %q: %w", word, err)
		}
		m := out[word]
		if m == nil {
			m = map[string]wordChange{}
			out[word] = m
		}
		for _, p := range ps {
			m[string(p.key)] = wordChange{bm: p.bm, del: p.del}
		}
		return nil
	})
	return out, err
}

// flushLog writes the posting changes of the transaction (w.words): as
// one more write of the log, or, when the log is full or has none
// (rebuildWords), by folding the log and them into the chunks.
func (w *txWriter) flushLog() error {
	b := w.tx.Bucket(bWordLog)
	if b == nil || w.fold {
		return w.foldLog(b)
	}
	seqs, size, err := logHeaders(b)
	if err != nil {
		return err
	}
	words := slices.Sorted(maps.Keys(w.words))
	vals := make([][]byte, len(words))
	n := 0
	for i, word := range words {
		m := w.words[word]
		keys := slices.Sorted(maps.Keys(m))
		chs := make([]wordChange, len(keys))
		for j, k := range keys {
			chs[j] = m[k]
		}
		vals[i] = encodeLog(keys, chs)
		n += len(vals[i])
	}
	if len(seqs) >= maxLogWrites || size+n > maxLogBytes {
		return w.foldLog(b)
	}
	seq := uint64(1)
	if len(seqs) > 0 {
		seq = seqs[len(seqs)-1] + 1
	}
	// Keys only append: fill the pages.
	b.FillPercent = 1
	key := binary.BigEndian.AppendUint64(nil, seq)
	if err := b.Put(key, binary.AppendUvarint(nil, uint64(n))); err != nil {
		return fmt.Errorf("store: word index log: %w", err)
	}
	for i, word := range words {
		if err := b.Put(append(key[:8:8], word...), vals[i]); err != nil {
			return fmt.Errorf("store: word index log: %w", err)
		}
	}
	clear(w.words)
	return nil
}

// foldLog applies the changes of the log b (nil: none) and then those
// of the transaction to the chunks, each touched chunk once, and empties
// the log.
func (w *txWriter) foldLog(b *bolt.Bucket) error {
	all := map[string]map[string]wordChange{}
	if b != nil {
		var err error
		if all, err = readLogAll(b); err != nil {
			return err
		}
	}
	for word, m := range w.words {
		if all[word] == nil {
			all[word] = m
			continue
		}
		maps.Copy(all[word], m)
	}
	words := w.tx.Bucket(bWord)
	for _, word := range slices.Sorted(maps.Keys(all)) {
		m := all[word]
		keys := slices.Sorted(maps.Keys(m))
		chs := make([]wordChange, len(keys))
		for i, k := range keys {
			chs[i] = m[k]
		}
		if err := flushWord(words, word, keys, chs); err != nil {
			return err
		}
	}
	clear(w.words)
	if b == nil {
		return nil
	}
	if k, _ := b.Cursor().First(); k == nil {
		return nil
	}
	if err := w.tx.DeleteBucket(bWordLog); err != nil {
		return fmt.Errorf("store: word index log: %w", err)
	}
	if _, err := w.tx.CreateBucket(bWordLog); err != nil {
		return fmt.Errorf("store: word index log: %w", err)
	}
	return nil
}

// wordIter walks the postings of one word: its chunks with the changes
// of the log laid over them.
type wordIter struct {
	chunks postingIter
	log    []posting // sorted changes
	j      int       // of the first log change not before the chunk posting
	cp     *posting  // chunk posting the iterator is on, or nil at the end
	from   int       // where the current posting is from: 1 chunk, 2 log, 3 both
	err    error
}

func newWordIter(b, log *bolt.Bucket, word string) *wordIter {
	it := &wordIter{chunks: postingIter{b: b, c: b.Cursor(), prefix: []byte(word + "\x00")}}
	if log != nil {
		it.log, it.err = readLog(log, word)
	}
	return it
}

// seek moves to the first posting whose key is >= key and returns it,
// or nil at the end.
func (it *wordIter) seek(key []byte) *posting {
	if it.err != nil {
		return nil
	}
	it.cp = it.chunks.seek(key)
	it.j, _ = slices.BinarySearchFunc(it.log, key, func(p posting, k []byte) int { return bytes.Compare(p.key, k) })
	return it.cur()
}

// next moves to the following posting and returns it, or nil at the end.
func (it *wordIter) next() *posting {
	if it.from&1 != 0 {
		it.cp = it.chunks.next()
	}
	if it.from&2 != 0 {
		it.j++
	}
	return it.cur()
}

// cur returns the posting the iterator is on, skipping deleted ones.
func (it *wordIter) cur() *posting {
	for {
		if it.chunks.err != nil {
			it.err = it.chunks.err
		}
		if it.err != nil {
			return nil
		}
		var lp *posting
		if it.j < len(it.log) {
			lp = &it.log[it.j]
		}
		c := -1 // chunk posting first
		switch {
		case lp == nil && it.cp == nil:
			return nil
		case it.cp == nil:
			c = 1
		case lp != nil:
			c = bytes.Compare(it.cp.key, lp.key)
		}
		switch {
		case c < 0:
			it.from = 1
			return it.cp
		case lp.del:
			// A deleted posting: skip it, in the chunk too.
			if c == 0 {
				it.cp = it.chunks.next()
			}
			it.j++
			continue
		case c == 0:
			it.from = 3
		default:
			it.from = 2
		}
		return lp
	}
}
