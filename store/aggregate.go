package store

import (
	"encoding/binary"
	"fmt"
	"maps"
	"math"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Totals records come at three granularities of the entry's first report
// date, so that a sum reads the coarsest one over which the exchange rate
// of its currency does not change: a year ('Y'), a month ('M') or a UTC
// day ('D'). A key is granularity | status 0 kind 0 actor 0 currency 0 |
// period ("2025", "202503", "20250317"). Troops have one record, of
// granularity 'Y' and no period.
const (
	granYear  = 'Y'
	granMonth = 'M'
	granDay   = 'D'
)

// totalsBase is the part of the totals keys of e after the granularity.
func totalsBase(status, kind, actor, cur string) []byte {
	var k []byte
	for _, f := range []string{status, kind, actor, cur} {
		k = append(append(k, f...), 0)
	}
	return k
}

// totalsKeys returns the totals records entry e counts in; none when no
// total counts it.
func totalsKeys(e *LedgerEntry) [][]byte {
	switch {
	case e.Kind == news.KindTroops && e.Troops != nil:
		return [][]byte{append([]byte{granYear}, totalsBase(string(e.Status), string(e.Kind), e.Actor, "")...)}
	case e.Kind == news.KindMoney && e.Amount != nil:
		base := totalsBase(string(e.Status), string(e.Kind), e.Actor, e.Currency)
		d := e.First.UTC()
		return [][]byte{
			append(append([]byte{granYear}, base...), d.Format("2006")...),
			append(append([]byte{granMonth}, base...), d.Format("200601")...),
			append(append([]byte{granDay}, base...), d.Format("20060102")...),
		}
	}
	return nil
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

// totalsDelta is the change of the totals records in one transaction,
// by key, applied once per record by write.
type totalsDelta map[string]aggregate

// add adds (sign 1) or removes (sign -1) entry e from its totals records.
func (td totalsDelta) add(e *LedgerEntry, sign int64) {
	for _, k := range totalsKeys(e) {
		a := td[string(k)]
		a.add(e, sign)
		td[string(k)] = a
	}
}

// write applies the changes to the stored records; a record that counts
// no entries is deleted.
func (td totalsDelta) write(tx *bolt.Tx) error {
	b := tx.Bucket(bTotals)
	for _, k := range slices.Sorted(maps.Keys(td)) {
		d := td[k]
		if d == (aggregate{}) {
			continue
		}
		var a aggregate
		if v := b.Get([]byte(k)); v != nil {
			var err error
			if a, err = decodeAggregate(v); err != nil {
				return err
			}
		}
		a.Amount, a.Troops, a.Entries = a.Amount+d.Amount, a.Troops+d.Troops, a.Entries+d.Entries
		var err error
		if a.Entries <= 0 {
			err = b.Delete([]byte(k))
		} else {
			err = b.Put([]byte(k), a.encode())
		}
		if err != nil {
			return fmt.Errorf("store: totals: %w", err)
		}
	}
	clear(td)
	return nil
}

// add counts entry e (sign 1) or takes it out (sign -1).
func (a *aggregate) add(e *LedgerEntry, sign int64) {
	a.Entries += sign
	if e.Kind == news.KindTroops && e.Troops != nil {
		a.Troops += sign * *e.Troops
	}
	if e.Kind == news.KindMoney && e.Amount != nil {
		a.Amount += float64(sign) * *e.Amount
	}
}
