package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nats-io/nats.go/jetstream"
)

// ErrNoDeadLetter is returned by Redrive for a sequence that is not (or no
// longer) in Dead.
var ErrNoDeadLetter = errors.New("queue: no such dead letter")

// DeadLetter is a message whose handler failed for good, as kept in Dead.
type DeadLetter struct {
	// Seq is the dead letter's sequence in Dead (see Redrive).
	Seq uint64
	// Stream the message came from, and its sequence there.
	Stream    Stream
	StreamSeq uint64
	// MsgID is the Nats-Msg-Id it was published with ("" if none).
	MsgID string
	// Reason is the handler's error text (or why it was never settled).
	Reason string
	// Deliveries is how many times it was delivered.
	Deliveries int
	// Time is when it was dead-lettered.
	Time time.Time
	// Data is the payload as published.
	Data []byte
}

// DeadLetters returns up to n dead letters, newest first (n <= 0: all).
func (q *Queue) DeadLetters(ctx context.Context, n int) ([]DeadLetter, error) {
	st, err := q.js.Stream(ctx, string(Dead))
	if err != nil {
		return nil, fmt.Errorf("queue: dead letters: %w", err)
	}
	state := st.CachedInfo().State
	var out []DeadLetter
	if state.Msgs == 0 {
		return out, nil
	}
	for seq := state.LastSeq; seq >= state.FirstSeq && seq > 0; seq-- {
		if n > 0 && len(out) >= n {
			break
		}
		raw, err := st.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue // deleted (redriven or aged out meanwhile)
		}
		if err != nil {
			return out, fmt.Errorf("queue: dead letter %d: %w", seq, err)
		}
		out = append(out, parseDeadLetter(raw))
	}
	return out, nil
}

// parseDeadLetter reads a stored dead letter; malformed numeric headers
// read as 0.
func parseDeadLetter(raw *jetstream.RawStreamMsg) DeadLetter {
	streamSeq, _ := strconv.ParseUint(raw.Header.Get(hdrStreamSeq), 10, 64)
	deliveries, _ := strconv.Atoi(raw.Header.Get(hdrDeliveries))
	return DeadLetter{
		Seq:        raw.Sequence,
		Stream:     Stream(raw.Header.Get(hdrStream)),
		StreamSeq:  streamSeq,
		MsgID:      raw.Header.Get(hdrMsgID),
		Reason:     raw.Header.Get(hdrReason),
		Deliveries: max(deliveries, 0),
		Time:       raw.Time,
		Data:       raw.Data,
	}
}

// Redrive publishes dead letter seq back to the stream it came from
// (without Nats-Msg-Id, so the dedupe window does not drop it) and then
// removes it from Dead. Handlers being idempotent, a redrive interrupted
// between the two steps is harmless.
func (q *Queue) Redrive(ctx context.Context, seq uint64) error {
	st, err := q.js.Stream(ctx, string(Dead))
	if err != nil {
		return fmt.Errorf("queue: redrive: %w", err)
	}
	raw, err := st.GetMsg(ctx, seq)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return fmt.Errorf("%w: %d", ErrNoDeadLetter, seq)
	}
	if err != nil {
		return fmt.Errorf("queue: redrive %d: %w", seq, err)
	}
	dl := parseDeadLetter(raw)
	if dl.Stream == CrawlPages {
		_, err = q.publishSubject(ctx, CrawlPages, raw.Header.Get(hdrSubject), "", dl.Data)
	} else {
		err = q.Publish(ctx, dl.Stream, "", dl.Data)
	}
	if err != nil {
		return fmt.Errorf("queue: redrive %d: %w", seq, err)
	}
	if err := st.DeleteMsg(ctx, seq); err != nil {
		return fmt.Errorf("queue: redrive %d: delete: %w", seq, err)
	}
	return nil
}

// headerValue makes s safe as a NATS header value of at most limit bytes:
// valid UTF-8, control characters (CR and LF included, which would break
// the protocol) replaced by spaces, surrounding space trimmed, cut at a
// rune boundary.
func headerValue(s string, limit int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if len(s) <= limit {
		return s
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimSpace(s[:cut])
}
