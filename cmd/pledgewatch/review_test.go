package main

import (
	"context"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestReviewCommands(t *testing.T) {
	f := newLedgerFixture(t)
	ctx := context.Background()
	code, out, errOut := cli(ctx, "review", "list", "--config", f.cfg)
	if code != 0 || !strings.Contains(out, "2 pending") {
		t.Fatalf("list: exit %d %q %s", code, out, errOut)
	}
	if !strings.Contains(out, "\tRULE") && !strings.Contains(out, " RULE ") {
		t.Errorf("list has no RULE column:\n%s", out)
	}
	if i, j := strings.Index(out, f.ids["tanks"]), strings.Index(out, f.ids["money"]); i < 0 || j < 0 || i > j {
		t.Errorf("queue not lowest confidence first:\n%s", out)
	}

	code, out, errOut = cli(ctx, "review", "accept", f.ids["tanks"], "--config", f.cfg, "--who", "ana", "--note", "ok")
	if code != 0 || !strings.HasPrefix(out, "accepted "+f.ids["tanks"]) {
		t.Fatalf("accept: exit %d %q %s", code, out, errOut)
	}
	rec := f.state(t, f.ids["tanks"])
	if rec.Commitment.Review != news.ReviewAccepted || rec.History[0].Who != "ana" || rec.History[0].Note != "ok" {
		t.Errorf("after accept: %+v", rec)
	}

	code, _, errOut = cli(ctx, "review", "correct", "--config", f.cfg, f.ids["money"], "--amount", "250,000,000", "--status", "delivered")
	if code != 0 {
		t.Fatalf("correct: exit %d %s", code, errOut)
	}
	rec = f.state(t, f.ids["money"])
	c := rec.Commitment
	if c.Review != news.ReviewCorrected || *c.Amount != 2.5e8 || c.Status != news.StatusDelivered || c.Currency != "EUR" {
		t.Errorf("after correct: %+v", c)
	}
	if h := rec.History[0]; h.Correction == nil || h.Correction.Currency != nil || h.Correction.Actor != nil {
		t.Errorf("correction holds fields not given: %+v", h.Correction)
	}

	code, _, _ = cli(ctx, "review", "reject", "--config", f.cfg, f.ids["troops"])
	if code != 0 || f.state(t, f.ids["troops"]).Commitment.Review != news.ReviewRejected {
		t.Errorf("reject: exit %d", code)
	}

	bad := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no action", []string{"review"}, 2, "missing action"},
		{"unknown action", []string{"review", "approve", "--config", f.cfg}, 2, "approve"},
		{"no id", []string{"review", "accept", "--config", f.cfg}, 2, "missing commitment ID"},
		{"unknown id", []string{"review", "accept", "--config", f.cfg, "0123abcd"}, 1, "not found"},
		{"correct nothing", []string{"review", "correct", "--config", f.cfg, f.ids["money"]}, 2, "at least one field"},
		{"correct bad kind", []string{"review", "correct", "--config", f.cfg, f.ids["money"], "--kind", "cash"}, 2, "--kind"},
		{"correct bad actor", []string{"review", "correct", "--config", f.cfg, f.ids["money"], "--actor", "Narnia"}, 2, "actor"},
		{"correct bad troops", []string{"review", "correct", "--config", f.cfg, f.ids["money"], "--troops", "-5"}, 2, "--troops"},
		{"list bad limit", []string{"review", "list", "--config", f.cfg, "--limit", "0"}, 2, "--limit"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := cli(ctx, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q: want %d with %q", code, errOut, tc.code, tc.want)
			}
		})
	}
}
