package queue

import "context"

// attemptKey is the context key of a handler's delivery attempt.
type attemptKey struct{}

type attempt struct{ n, max int }

// withAttempt returns ctx carrying delivery attempt n of at most max.
func withAttempt(ctx context.Context, n, max int) context.Context {
	return context.WithValue(ctx, attemptKey{}, attempt{n, max})
}

// FinalAttempt reports whether the Handler given ctx runs the last
// delivery attempt of its message: a transient error from it
// dead-letters the message as a Permanent one would. False outside a
// Handler.
func FinalAttempt(ctx context.Context) bool {
	a, ok := ctx.Value(attemptKey{}).(attempt)
	return ok && a.n >= a.max
}
