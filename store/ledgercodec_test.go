package store

import (
	"bytes"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestLedgerCodecRoundTrip(t *testing.T) {
	date := time.Date(2025, 3, 17, 10, 4, 5, 123456789, time.UTC)
	heads := []entryHead{
		{Actor: "DE", Kind: news.KindTroops, Status: news.StatusPledged, Troops: news.Int64(500)},
		{Actor: "group:Nordic–Baltic", Kind: news.KindMoney, Status: news.StatusDelivered, Amount: news.Float64(-1.5e9), Currency: "EUR", Recipient: "UA"},
		{Actor: "FR", Kind: news.KindEquipment, Status: news.StatusConsidering, Item: "Caesar howitzers ", Count: news.Int64(0)},
		{},
	}
	for _, h := range heads {
		t.Run(h.Actor, func(t *testing.T) {
			m := memberRec{Head: h, Source: LedgerSource{CommitmentID: "c1", ArticleID: "a1", URL: "https://x.example/1",
				Source: "wire", Date: date, Evidence: "Germany pledged «500» troops", Confidence: 0.75, Review: news.ReviewCorrected}}
			k := memberKey(make([]byte, groupIDLen), date, "c1")
			got, err := decodeMember(k, encodeMember(&m))
			if err != nil || !reflect.DeepEqual(got, m) {
				t.Errorf("member: %+v, %v; want %+v", got, err, m)
			}
			if gh, err := decodeMemberHead(encodeMember(&m)); err != nil || !reflect.DeepEqual(gh, h) {
				t.Errorf("head: %+v, %v; want %+v", gh, err, h)
			}
			e := storedEntry{LedgerEntry: LedgerEntry{ID: "c1", Actor: h.Actor, Kind: h.Kind, Status: h.Status, Troops: h.Troops,
				Amount: h.Amount, Currency: h.Currency, Item: h.Item, Count: h.Count, Recipient: h.Recipient,
				First: date, Last: date.Add(48 * time.Hour)}, Group: []byte("0123456789abcdef"), N: 3}
			ge, err := decodeEntry(encodeEntry(&e))
			if err != nil || !reflect.DeepEqual(ge, e) {
				t.Errorf("entry: %+v, %v; want %+v", ge, err, e)
			}
		})
	}
}

// FuzzLedgerCodec decodes arbitrary bytes as ledger members and entries:
// no panic, errors wrap errCorruptRecord, and what decodes encodes back
// to the same bytes once re-decoded (NaN confidences compare unequal).
func FuzzLedgerCodec(f *testing.F) {
	date := time.Date(2025, 3, 17, 0, 0, 0, 0, time.UTC)
	f.Add(encodeMember(&memberRec{Head: entryHead{Actor: "DE", Troops: news.Int64(5)}, Source: LedgerSource{Evidence: "x"}}))
	f.Add(encodeEntry(&storedEntry{LedgerEntry: LedgerEntry{ID: "c", Amount: news.Float64(2), First: date, Last: date}, N: 1}))
	f.Add([]byte{codecVersion, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		k := memberKey(make([]byte, groupIDLen), date, "c")
		if m, err := decodeMember(k, data); err == nil {
			if again, err := decodeMember(k, encodeMember(&m)); err != nil || !bytes.Equal(encodeMember(&again), encodeMember(&m)) {
				t.Fatalf("member %+v re-decodes as %+v, %v", m, again, err)
			}
		} else if !errors.Is(err, errCorruptRecord) {
			t.Fatalf("member error %v does not wrap errCorruptRecord", err)
		}
		if e, err := decodeEntry(data); err == nil {
			if again, err := decodeEntry(encodeEntry(&e)); err != nil || !bytes.Equal(encodeEntry(&again), encodeEntry(&e)) {
				t.Fatalf("entry %+v re-decodes as %+v, %v", e, again, err)
			}
		} else if !errors.Is(err, errCorruptRecord) {
			t.Fatalf("entry error %v does not wrap errCorruptRecord", err)
		}
	})
}
