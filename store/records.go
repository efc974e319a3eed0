package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// articleRec is the stored form of an article.
type articleRec struct {
	V           int          `json:"v"`
	Article     news.Article `json:"article"`
	Extractor   string       `json:"extractor,omitempty"`
	ExtractedAt time.Time    `json:"extracted_at,omitzero"`
	// Commitments lists the ids of the article's commitments, in
	// extraction order, followed by retained (stale) ones.
	Commitments []string `json:"commitments"`
}

// commitRec is the stored form of a commitment. Machine holds the values as
// extracted (without URL, Published, Review); Review and Correction mirror
// the reviews bucket so that a query reads one value per commitment.
type commitRec struct {
	V          int              `json:"v"`
	Machine    news.Commitment  `json:"machine"`
	Review     news.ReviewState `json:"review,omitempty"`
	Correction *Correction      `json:"correction,omitempty"`
	// Date is the sort date: the article's published date, or its fetch
	// date when unknown.
	Date      time.Time `json:"date"`
	Published time.Time `json:"published,omitzero"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`
	// Title is the article's, for the word index.
	Title string `json:"title,omitempty"`
	// Stale is set when a re-extraction no longer finds the commitment but
	// a human accepted or corrected it, so it was kept.
	Stale bool `json:"stale,omitempty"`
}

// effective returns the commitment as queries show it: machine values with
// the correction applied, URL/Published from the article, and the review
// state.
func (r *commitRec) effective() news.Commitment {
	c := r.Machine
	c.Rules = append([]string(nil), c.Rules...)
	if r.Correction != nil {
		r.Correction.apply(&c)
	}
	c.URL = r.URL
	c.Published = r.Published
	c.Review = r.Review
	return c
}

// reviewRec is a human decision on a commitment id. It lives in its own
// bucket so it survives re-extractions that drop and re-create the
// commitment.
type reviewRec struct {
	V          int              `json:"v"`
	State      news.ReviewState `json:"state"`
	Correction *Correction      `json:"correction,omitempty"`
	By         string           `json:"by"`
	At         time.Time        `json:"at"`
}

type runRec struct {
	V   int      `json:"v"`
	Run news.Run `json:"run"`
}

// versioned is implemented by every stored value.
type versioned interface{ version() int }

func (r *articleRec) version() int { return r.V }
func (r *commitRec) version() int  { return r.V }
func (r *reviewRec) version() int  { return r.V }
func (r *runRec) version() int     { return r.V }
func (e *AuditEntry) version() int { return e.V }

// decode unmarshals a stored value and checks its schema version.
func decode(data []byte, v versioned) error {
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("store: decode: %w", err)
	}
	if v.version() != SchemaVersion {
		return fmt.Errorf("store: decode: %w: value has v=%d, want %d", ErrSchema, v.version(), SchemaVersion)
	}
	return nil
}

func encode(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("store: encode: %w", err)
	}
	return b, nil
}

// getRec reads and decodes key from bucket b. It returns false if absent.
func getRec(b *bolt.Bucket, key string, v versioned) (bool, error) {
	data := b.Get([]byte(key))
	if data == nil {
		return false, nil
	}
	return true, decode(data, v)
}

// putRec encodes v and stores it under key, unless the stored bytes are
// already equal (so an idempotent write changes nothing). It reports
// whether it wrote.
func putRec(b *bolt.Bucket, key string, v any) (bool, error) {
	data, err := encode(v)
	if err != nil {
		return false, err
	}
	if old := b.Get([]byte(key)); old != nil && bytes.Equal(old, data) {
		return false, nil
	}
	return true, b.Put([]byte(key), data)
}

// Keys. Every index key ends in a sort suffix: dateKey(date) followed by the
// record id, so that ascending byte order is date descending, then id
// ascending.

const dateKeyLen = 12

// dateKey encodes t so that later times sort first: the bitwise complement
// of the sign-flipped Unix seconds (8 bytes, big-endian) and nanoseconds
// (4 bytes).
func dateKey(t time.Time) []byte {
	var k [dateKeyLen]byte
	binary.BigEndian.PutUint64(k[:8], ^(uint64(t.Unix()) ^ (1 << 63)))
	binary.BigEndian.PutUint32(k[8:], ^uint32(t.Nanosecond()))
	return k[:]
}

// sortKey returns dateKey(t) | id.
func sortKey(t time.Time, id string) []byte {
	return append(dateKey(t), id...)
}

// idxKey returns value 0x00 | dateKey(t) | id.
func idxKey(value string, t time.Time, id string) []byte {
	k := make([]byte, 0, len(value)+1+dateKeyLen+len(id))
	k = append(k, value...)
	k = append(k, 0)
	k = append(k, dateKey(t)...)
	return append(k, id...)
}

// confKey encodes a confidence so that lower values sort first (the
// standard order-preserving float64 transform).
func confKey(f float64) []byte {
	bits := math.Float64bits(f)
	if bits&(1<<63) != 0 {
		bits = ^bits
	} else {
		bits |= 1 << 63
	}
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], bits)
	return k[:]
}

// reviewValue is the index value of a review state.
func reviewValue(r news.ReviewState) string {
	if r == news.ReviewNone {
		return "none"
	}
	return string(r)
}

// bucketKey is one index entry.
type bucketKey struct {
	bucket string
	key    string
}

// indexKeys returns the index entries of a commitment record kept as
// keys of their own: the review queue's, for a pending commitment. The
// equality filters and the date order are served by the article-level
// postings of the word index (see fieldWords).
func indexKeys(r *commitRec) []bucketKey {
	c := r.effective()
	if c.Review != news.ReviewPending {
		return nil
	}
	return []bucketKey{{string(bQueue), string(append(confKey(c.Confidence), c.ID...))}}
}

// writeCommit stores rec (nil: deletes the commitment id) and brings the
// indexes from old's entries to rec's. old is nil for a new commitment. It
// reports whether anything changed; when something did, the ledger groups
// of old and rec are marked for w.flush to recompute.
func writeCommit(w *txWriter, id string, old, rec *commitRec) (bool, error) {
	tx := w.tx
	oldKeys := map[bucketKey]bool{}
	if old != nil {
		for _, k := range indexKeys(old) {
			oldKeys[k] = true
		}
	}
	var newKeys []bucketKey
	if rec != nil {
		newKeys = indexKeys(rec)
	}
	keysChanged := false
	for _, k := range newKeys {
		if oldKeys[k] {
			delete(oldKeys, k)
			continue
		}
		keysChanged = true
		if err := tx.Bucket([]byte(k.bucket)).Put([]byte(k.key), nil); err != nil {
			return false, fmt.Errorf("store: index %s: %w", k.bucket, err)
		}
	}
	for k := range oldKeys {
		keysChanged = true
		if err := tx.Bucket([]byte(k.bucket)).Delete([]byte(k.key)); err != nil {
			return false, fmt.Errorf("store: index %s: %w", k.bucket, err)
		}
	}
	b := tx.Bucket(bCommitments)
	changed := true
	if rec == nil {
		if err := b.Delete([]byte(id)); err != nil {
			return false, fmt.Errorf("store: delete commitment: %w", err)
		}
	} else if old == nil {
		// A new commitment: nothing stored to compare with.
		data, err := encode(rec)
		if err == nil {
			err = b.Put([]byte(id), data)
		}
		if err != nil {
			return false, fmt.Errorf("store: put commitment: %w", err)
		}
	} else {
		var err error
		if changed, err = putRec(b, id, rec); err != nil {
			return false, fmt.Errorf("store: put commitment: %w", err)
		}
	}
	memberChanged, err := writeMember(tx, old, rec)
	if err != nil {
		return false, err
	}
	if memberChanged {
		w.touch(old)
		w.touch(rec)
	}
	return changed || keysChanged || memberChanged, nil
}

// articleDate is the sort date of an article: published, else fetched.
func articleDate(a news.Article) time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	return a.FetchedAt
}
