package main

import (
	"context"
	"net"

	"github.com/pledgewatch/pledgewatch/config"
)

// roleCommand returns the subcommand that runs one role of a multi-machine
// deployment against an external NATS cluster.
func roleCommand(name string, r roles, what string) func(context.Context, env, []string) error {
	return func(ctx context.Context, e env, args []string) error {
		fs := newFlagSet(e, name, "--config FILE [--nats URL]", what+`

Roles let one machine run one stage of the pipeline against an external NATS
cluster (nats.url in the config, --nats, or PLEDGEWATCH_NATS_URL). Crawlers and
extractors scale out: run as many as you like, they share the work through
durable pull consumers. Exactly one process runs the store role: it is the
single bbolt writer and serves the API and web UI. Runs until SIGINT/SIGTERM.`)
		cfgPath := fs.String("config", "", "configuration `file` (YAML)")
		natsURL := fs.String("nats", "", "NATS server `URL` (overrides nats.url)")
		metricsAddr := ""
		if !r.store {
			fs.StringVar(&metricsAddr, "metrics", "", "serve /healthz and /metrics on this `host:port` (a non-loopback address needs http.token)")
		}
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		cfg, err := loadConfig(e, *cfgPath)
		if err != nil {
			return err
		}
		if *natsURL != "" {
			cfg.NATS.URL = *natsURL
			if err := cfg.Validate(); err != nil {
				return usagef("--nats: %v", err)
			}
		}
		if cfg.NATS.URL == "" {
			return usagef("%s: the %s role needs an external NATS server: set nats.url or --nats (or use 'pledgewatch run' on one machine)", name, name)
		}
		if len(cfg.Sources) == 0 && r.crawl {
			return usagef("%s: no sources configured", *cfgPath)
		}
		if metricsAddr != "" {
			host, _, err := net.SplitHostPort(metricsAddr)
			if err != nil {
				return usagef("--metrics: %q is not host:port", metricsAddr)
			}
			if !config.IsLoopback(host) && cfg.HTTP.Token == "" {
				return usagef("--metrics: %s is not a loopback address: set http.token or PLEDGEWATCH_TOKEN", metricsAddr)
			}
		}
		return serveRoles(ctx, cfg, newLogger(e.stderr, cfg.Log.Level), r, metricsAddr)
	}
}

func roleCommands() map[string]command {
	return map[string]command{
		"crawler": {"run the crawler role: scheduled crawls publishing to NATS",
			roleCommand("crawler", roles{crawl: true}, "Runs the scheduler and crawlers. Scheduled runs and their page jobs are shared\nwith the other crawler processes through NATS (one run per source and slot;\ncrawl.delay per host holds across all crawlers); articles go to the NATS\narticles stream.")},
		"extractor": {"run the extractor role: extract commitments from queued articles",
			roleCommand("extractor", roles{extract: true}, "Runs extractor workers (extractor.workers) on the NATS articles stream.")},
		"store": {"run the store role: the single database writer, API and web UI",
			roleCommand("store", roles{store: true}, "Runs the store writer and the HTTP API and web UI on http.addr.")},
	}
}
