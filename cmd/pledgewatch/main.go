// Command pledgewatch ingests news on a schedule and turns it into a
// queryable, reviewable ledger of international commitments.
//
// Run "pledgewatch help" for the list of subcommands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// env is what a subcommand may see of the process: arguments, environment
// and output streams. Subcommands never exit or read globals.
type env struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// command is one subcommand.
type command struct {
	// summary is the one-line description shown by "pledgewatch help".
	summary string
	run     func(ctx context.Context, e env, args []string) error
}

// usageError marks a mistake in how the command was called (bad flag,
// invalid config): exit code 2.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// reworded is an error whose message is written for the user while it
// still wraps the original for errors.Is.
type reworded struct {
	msg string
	err error
}

func (r reworded) Error() string { return r.msg }
func (r reworded) Unwrap() error { return r.err }

// usagef returns a usageError with a formatted message.
func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

func commands() map[string]command {
	cmds := map[string]command{
		"run":       {"run everything: scheduler, crawlers, extractors, store, HTTP API and UI", runRun},
		"crawl":     {"run one ingestion of the sources now and wait until it is stored", runCrawl},
		"extract":   {"run the extractor over .txt/.html files and print commitments", runExtract},
		"eval":      {"score extracted commitments against a gold file", runEval},
		"calibrate": {"fit the confidence model on gold or reviewed lines; print reliability tables", runCalibrate},
		"totals":    {"troops and money by country over the ledger, with EUR totals", runTotals},
		"dead":      {"list or redrive the messages the pipeline gave up on", runDead},
		"bench":     {"measure end-to-end throughput on a local site", runBench},
		"reextract": {"re-run the current rules over every stored article", runReextract},
		"query":     {"print stored commitments, filtered (table, JSON Lines or CSV)", runQuery},
		"review":    {"list the review queue; accept, reject or correct commitments", runReview},
		"export":    {"write every matching commitment as CSV or JSON Lines", runExport},
		"serve":     {"serve the HTTP API and web review UI on the stored ledger (no crawling)", runServe},
		"check":     {"check the database file for damage (bbolt consistency check)", runCheck},
	}
	for name, c := range roleCommands() {
		cmds[name] = c
	}
	return cmds
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], env{getenv: os.Getenv, stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr})
	stop()
	os.Exit(code)
}

// run dispatches to a subcommand and maps its error to an exit code:
// 0 success, 1 failure, 2 usage or configuration error.
func run(ctx context.Context, args []string, e env) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			if c, ok := cmds[args[1]]; ok {
				return exitCode(e, c.run(ctx, e, []string{"--help"}))
			}
		}
		printHelp(e.stdout, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "pledgewatch: unknown command %q; run 'pledgewatch help'\n", args[0])
		return 2
	}
	return exitCode(e, c.run(ctx, e, args[1:]))
}

func exitCode(e env, err error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(usageError)):
		fmt.Fprintf(e.stderr, "pledgewatch: %s\n", userMessage(err))
		return 2
	default:
		fmt.Fprintf(e.stderr, "pledgewatch: %s\n", userMessage(err))
		return 1
	}
}

// layerPrefixes are the package names errors carry from inside the
// program; they say nothing to the user and are dropped from messages.
var layerPrefixes = []string{"api: client: ", "api: parameter ", "api: ", "store: ", "config: ", "queue: ", "pipeline: ", "crawler: "}

// userMessage is err's message without the names of internal layers.
func userMessage(err error) string {
	msg := err.Error()
	for _, p := range layerPrefixes {
		msg = strings.ReplaceAll(msg, p, "")
	}
	return msg
}

func printHelp(w io.Writer, cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintf(w, "pledgewatch turns news articles into a ledger of international commitments.\n\nUsage:\n  pledgewatch <command> [flags]\n\nCommands:\n")
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintf(w, "\nRun 'pledgewatch <command> --help' for the flags of one command.\n")
}

// newFlagSet returns a FlagSet for a subcommand that writes its help to
// e.stderr: usage line, description, then the flags.
func newFlagSet(e env, name, usage, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: pledgewatch %s %s\n\n%s\n", name, usage, strings.TrimSpace(description))
		var n int
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintf(e.stderr, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

// checkFormat returns a usage error naming --format unless format is one
// of allowed.
func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usagef("--format: %q is not one of %s", format, strings.Join(allowed, ", "))
}

// parseFlags parses args, turning flag errors into usage errors. Flags
// may come before, between or after the positional arguments ("extract
// DIR --format jsonl"); after "--" every argument is positional. The
// positional arguments are left as fs.Args().
func parseFlags(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return usageError{err}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			pos = append(pos, rest...) // everything after "--" is positional
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	// Leave the positional arguments as fs.Args().
	return fs.Parse(append([]string{"--"}, pos...))
}
