package store

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestSaveExtractionsLikeOneByOne(t *testing.T) {
	ctx := context.Background()
	bad := benchExtraction(1000)
	bad.Commitments[0].ArticleID = "someone-else"
	tests := []struct {
		name  string
		batch []news.Extraction
		bad   []int // indexes that must fail with ErrInvalid
	}{
		{"new articles", []news.Extraction{benchExtraction(0), benchExtraction(1), benchExtraction(2)}, nil},
		{"one invalid among valid", []news.Extraction{benchExtraction(3), bad, benchExtraction(4)}, []int{1}},
		{"same article twice", []news.Extraction{benchExtraction(5), benchExtraction(5)}, nil},
		{"redelivered batch", []news.Extraction{benchExtraction(0), benchExtraction(1)}, nil},
	}
	batched := openTest(t, Options{})
	single := openTest(t, Options{})
	for _, tt := range tests {
		res, errs := batched.SaveExtractions(ctx, tt.batch)
		for i, x := range tt.batch {
			want, wantErr := single.SaveExtraction(ctx, x)
			if (errs[i] != nil) != (wantErr != nil) || (errs[i] != nil && !errors.Is(errs[i], ErrInvalid)) {
				t.Errorf("%s: [%d]: error %v, one by one %v", tt.name, i, errs[i], wantErr)
			}
			if res[i] != want {
				t.Errorf("%s: [%d]: %+v, one by one %+v", tt.name, i, res[i], want)
			}
		}
		if err := batched.CheckDerived(ctx); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		a, err := allLedger(ctx, batched, LedgerQuery{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := allLedger(ctx, single, LedgerQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(normalizeTimes(a), normalizeTimes(b)) {
			t.Errorf("%s: ledgers differ", tt.name)
		}
	}
	if _, errs := batched.SaveExtractions(ctx, nil); len(errs) != 0 {
		t.Errorf("empty batch: %v", errs)
	}
	ro := batched
	ro.readOnly = true
	defer func() { ro.readOnly = false }()
	if _, errs := ro.SaveExtractions(ctx, []news.Extraction{benchExtraction(9)}); !errors.Is(errs[0], ErrReadOnly) {
		t.Errorf("read-only store: %v", errs[0])
	}
}
