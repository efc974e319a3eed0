package api

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// screenshot saves the page to $PLEDGEWATCH_SCREENSHOTS/name when set.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("PLEDGEWATCH_SCREENSHOTS")
	if dir == "" {
		return
	}
	if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		_ = os.WriteFile(filepath.Join(dir, name), shot, 0o644)
	}
}

// TestIntegrationBrowserUndoSkip drives the review page in Chromium at a
// laptop width and at a phone width: a decision shows what was done with
// an undo, u undoes it (audited), s skips a card to the end, the progress
// stays on screen, and nothing is wider than the window.
func TestIntegrationBrowserUndoSkip(t *testing.T) {
	f := newFixture(t, Config{ReviewThreshold: 0.6})
	ctx := newBrowserContext(t)
	de := f.ids["deTanks"]
	selected := `document.querySelector("#queue .card.selected").dataset.id`

	step(t, ctx, "laptop width", chromedp.EmulateViewport(1400, 900))
	step(t, ctx, "open review page", chromedp.Navigate(f.srv.URL+"/review"))
	waitFor(t, ctx, "review page script", keysReady)
	if got := eval[string](t, ctx, `document.querySelector("#remaining").textContent`); !strings.HasPrefix(got, "3 of 3 left") {
		t.Errorf("progress %q, want 3 of 3 left", got)
	}
	if got := eval[string](t, ctx, selected); got != de {
		t.Fatalf("selected %s, want deTanks", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#c-`+de+` .rule").textContent`); got != "frame.active" {
		t.Errorf("rule shown %q", got)
	}

	// a: the page says what was accepted and offers an undo; progress moves.
	step(t, ctx, "press a", chromedp.KeyEvent("a"))
	waitFor(t, ctx, "note after accept", keysReady+` && document.querySelector("#last[data-action=accept]") !== null`)
	if got := eval[string](t, ctx, `document.querySelector("#remaining").textContent`); !strings.HasPrefix(got, "2 of 3 left") {
		t.Errorf("progress after accept %q, want 2 of 3 left", got)
	}
	if got := eval[float64](t, ctx, `document.querySelector("#progress progress").value`); got != 1 {
		t.Errorf("progress bar value %v, want 1", got)
	}
	if f.review(t, de) != news.ReviewAccepted {
		t.Fatal("a did not accept")
	}
	screenshot(t, ctx, "review-after-accept-1400.png")

	// u: undone, audited, the card is back and selected.
	step(t, ctx, "press u", chromedp.KeyEvent("u"))
	waitFor(t, ctx, "note after undo", keysReady+` && document.querySelector("#last[data-action=undo]") !== null`)
	if got := f.review(t, de); got != news.ReviewPending {
		t.Fatalf("after u the store has %q, want pending", got)
	}
	rec, err := f.st.Commitment(context.Background(), de)
	if err != nil || len(rec.History) != 2 || rec.History[1].Action != store.ActionUndo || rec.History[1].Who != uiWho {
		t.Fatalf("audit after undo: %+v %v", rec.History, err)
	}
	if got := eval[string](t, ctx, selected); got != de {
		t.Errorf("after undo %s is selected, want the restored deTanks", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#remaining").textContent`); !strings.HasPrefix(got, "3 of 3 left") {
		t.Errorf("progress after undo %q", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#last form.undo").length`); n != 0 {
		t.Error("an undo is offered for the undo itself")
	}

	// s: skipped, not decided; the card goes last and another is selected.
	step(t, ctx, "press s", chromedp.KeyEvent("s"))
	waitFor(t, ctx, "page after skip", keysReady+` && location.search.indexOf("skip=`+de+`") >= 0`)
	if got := eval[string](t, ctx, selected); got == de || got == "" {
		t.Errorf("after s the selection is %q, want another card", got)
	}
	if got := eval[string](t, ctx, `Array.from(document.querySelectorAll("#queue .card")).pop().dataset.id`); got != de {
		t.Errorf("last card %s, want the skipped deTanks", got)
	}
	if f.review(t, de) != news.ReviewPending {
		t.Error("skip changed the store")
	}
	// The next decision keeps the skip: r rejects the selected card and the
	// skipped one stays last.
	step(t, ctx, "press r", chromedp.KeyEvent("r"))
	waitFor(t, ctx, "page after reject", keysReady+` && document.querySelector("#last[data-action=reject]") !== null`)
	if got := eval[string](t, ctx, `Array.from(document.querySelectorAll("#queue .card")).pop().dataset.id`); got != de {
		t.Errorf("after r the last card is %s, want the skipped deTanks", got)
	}

	// Phone width: nothing wider than the window, the progress stays at the
	// top while scrolling, the edit form fits.
	step(t, ctx, "phone width", chromedp.EmulateViewport(420, 500))
	step(t, ctx, "reload", chromedp.Navigate(f.srv.URL+"/review"))
	waitFor(t, ctx, "review page script", keysReady)
	screenshot(t, ctx, "review-420.png")
	fits := `document.documentElement.scrollWidth <= window.innerWidth &&
		Array.from(document.querySelectorAll("main *")).every(e => e.getBoundingClientRect().right <= window.innerWidth + 0.5)`
	if !eval[bool](t, ctx, fits) {
		wide := eval[string](t, ctx, `Array.from(document.querySelectorAll("main *")).filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5).map(e => e.tagName + "." + e.className).join(" ")`)
		t.Errorf("review page wider than 420 px: %s", wide)
	}
	eval[bool](t, ctx, `window.scrollTo(0, document.body.scrollHeight); true`)
	waitFor(t, ctx, "scrolled", `window.scrollY > 0`)
	if top := eval[float64](t, ctx, `document.querySelector("#progress").getBoundingClientRect().top`); top < -0.5 || top > 0.5 {
		t.Errorf("progress bar at %v px after scrolling, want stuck at the top", top)
	}
	step(t, ctx, "open edit form", chromedp.Navigate(f.srv.URL+"/review/"+f.ids["ukMoney"]+"/edit"))
	waitFor(t, ctx, "edit form", `document.querySelector("#edit-form") !== null`)
	if got := eval[string](t, ctx, `document.querySelector("input[name=amount]").value`); got != "1.6 billion" {
		t.Errorf("amount field shows %q, want 1.6 billion", got)
	}
	if !eval[bool](t, ctx, fits) {
		t.Error("edit form wider than 420 px")
	}
	step(t, ctx, "type a bad amount", chromedp.SetValue("input[name=amount]", "lots"), chromedp.Submit("#edit-form"))
	waitFor(t, ctx, "field error", `document.querySelector("#err-amount") !== null`)
	if !eval[bool](t, ctx, fits+` && document.querySelector("#err-amount").getBoundingClientRect().width > 0`) {
		t.Error("the field error does not fit at 420 px")
	}
	screenshot(t, ctx, "edit-error-420.png")
	step(t, ctx, "type €1.5bn", chromedp.SetValue("input[name=amount]", "£1.5bn"), chromedp.Submit("#edit-form"))
	waitFor(t, ctx, "back on the review page", `location.pathname === "/review" && document.querySelector("#last[data-action=correct]") !== null`)
	if rec, err := f.st.Commitment(context.Background(), f.ids["ukMoney"]); err != nil || *rec.Commitment.Amount != 1.5e9 {
		t.Errorf("correction from the form: %+v %v", rec.Commitment.Amount, err)
	}
}
