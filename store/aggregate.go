package store

import (
	"encoding/binary"
	"fmt"
	"math"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// totalsKey is the aggregate record an entry counts in: status, kind,
// actor, currency and (for money) the UTC day of the first report, which
// fixes its exchange rate. Entries that no total counts have no key.
func totalsKey(e *LedgerEntry) ([]byte, bool) {
	var cur, day string
	switch {
	case e.Kind == news.KindTroops && e.Troops != nil:
	case e.Kind == news.KindMoney && e.Amount != nil:
		cur, day = e.Currency, e.First.UTC().Format("20060102")
	default:
		return nil, false
	}
	var k []byte
	for _, f := range []string{string(e.Status), string(e.Kind), e.Actor, cur} {
		k = append(append(k, f...), 0)
	}
	return append(k, day...), true
}

// aggregate is one totals record.
type aggregate struct {
	Amount  float64
	Troops  int64
	Entries int64
}

func (a aggregate) encode() []byte {
	b := make([]byte, 24)
	binary.BigEndian.PutUint64(b, math.Float64bits(a.Amount))
	binary.BigEndian.PutUint64(b[8:], uint64(a.Troops))
	binary.BigEndian.PutUint64(b[16:], uint64(a.Entries))
	return b
}

func decodeAggregate(b []byte) (aggregate, error) {
	if len(b) != 24 {
		return aggregate{}, fmt.Errorf("store: corrupt totals record of %d bytes", len(b))
	}
	return aggregate{
		Amount:  math.Float64frombits(binary.BigEndian.Uint64(b)),
		Troops:  int64(binary.BigEndian.Uint64(b[8:])),
		Entries: int64(binary.BigEndian.Uint64(b[16:])),
	}, nil
}

// addTotals adds (sign 1) or removes (sign -1) entry e from its totals
// record; a record that counts no entries is deleted.
func addTotals(tx *bolt.Tx, e *LedgerEntry, sign int64) error {
	k, ok := totalsKey(e)
	if !ok {
		return nil
	}
	b := tx.Bucket(bTotals)
	var a aggregate
	if v := b.Get(k); v != nil {
		var err error
		if a, err = decodeAggregate(v); err != nil {
			return err
		}
	}
	a.Entries += sign
	if e.Troops != nil && e.Kind == news.KindTroops {
		a.Troops += sign * *e.Troops
	}
	if e.Amount != nil && e.Kind == news.KindMoney {
		a.Amount += float64(sign) * *e.Amount
	}
	if a.Entries <= 0 {
		if err := b.Delete(k); err != nil {
			return fmt.Errorf("store: totals: %w", err)
		}
		return nil
	}
	if err := b.Put(k, a.encode()); err != nil {
		return fmt.Errorf("store: totals: %w", err)
	}
	return nil
}
