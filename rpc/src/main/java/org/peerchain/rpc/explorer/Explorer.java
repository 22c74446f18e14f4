package org.peerchain.rpc.explorer;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The block explorer under /explorer/: server-rendered pages over the node's own chain, pool and
 * consensus, a stylesheet and a small script that the node serves itself (nothing from elsewhere),
 * and live updates over the JSON-RPC WebSocket. It runs behind the RPC server's host guard, on its
 * port and interface. Every failure is a page with its status, never a stack trace.
 */
public final class Explorer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Explorer.class);
  private static final int INTERNAL_ERROR = 500;
  /** Pages load only what the node serves, and script runs only from the node's own file. */
  private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final ExplorerSources sources;
  private final HomePage home;
  private final BlockPage block;
  private final TxPage tx;
  private final AddressPage address;
  private final SearchPage search;
  private final Assets assets = new Assets();
  private final FinalityTimes finality;

  public Explorer(ExplorerSources sources) {
    this.sources = sources;
    this.finality = new FinalityTimes(sources.chain(), sources.events(), sources.clock());
    this.home = new HomePage(sources, new ChainWindow(sources.chain(), sources.clock()), finality);
    this.block = new BlockPage(sources);
    this.tx = new TxPage(sources);
    this.address = new AddressPage(sources);
    this.search = new SearchPage(sources);
  }

  public void register(Javalin app) {
    app.get(Links.ROOT, page(ctx -> home.render()));
    app.get(Links.ROOT + "block/{id}", page(ctx -> block.render(ctx.pathParam("id"), ctx.queryParam("page"))));
    app.get(Links.ROOT + "tx/{id}", page(ctx -> tx.render(ctx.pathParam("id"))));
    app.get(Links.ROOT + "address/{id}", page(ctx -> address.render(ctx.pathParam("id"), ctx.queryParam("before"),
        ctx.queryParam("after"))));
    app.get(Links.SEARCH, this::search);
    app.get(Links.ASSETS + "{name}", this::asset);
    // Registered last: Javalin answers with the first route that matches.
    app.get(Links.ROOT + "*", page(ctx -> {
      throw ExplorerException.notFound("The explorer has no page at this address.");
    }));
  }

  private Handler page(Function<Context, Page> render) {
    return ctx -> write(ctx, safely(ctx, render), "");
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    Page failed;
    try {
      ctx.redirect(search.target(q), HttpStatus.SEE_OTHER);
      return;
    } catch (ExplorerException e) {
      failed = ErrorPage.of(e.status(), e.title(), e.getMessage());
    } catch (RuntimeException e) {
      failed = internalError(ctx, e);
    }
    write(ctx, failed, q == null ? "" : q.strip());
  }

  private Page safely(Context ctx, Function<Context, Page> render) {
    try {
      return render.apply(ctx);
    } catch (ExplorerException e) {
      return ErrorPage.of(e.status(), e.title(), e.getMessage());
    } catch (RuntimeException e) {
      return internalError(ctx, e);
    }
  }

  private static Page internalError(Context ctx, RuntimeException e) {
    LOG.warn("Explorer page {} failed", ctx.path(), e);
    return ErrorPage.of(INTERNAL_ERROR, "Internal error",
        "The node could not build this page. Its log has the details.");
  }

  private void write(Context ctx, Page page, String query) {
    // The search box shows what was typed, cut to what it accepts.
    String shown = query.length() > Inputs.MAX_LENGTH ? query.substring(0, Inputs.MAX_LENGTH) : query;
    String html = Layout.render(page, "chain " + sources.node().chainId(), sources.liveUpdates(), shown);
    securityHeaders(ctx);
    ctx.header("Cache-Control", "no-store");
    ctx.status(page.status()).html(html);
  }

  private void asset(Context ctx) {
    securityHeaders(ctx);
    assets.get(ctx.pathParam("name")).ifPresentOrElse(a -> {
      ctx.header("Cache-Control", "max-age=60");
      ctx.contentType(a.contentType()).result(a.bytes());
    }, () -> write(ctx, ErrorPage.of(ExplorerException.NOT_FOUND, "Not found", "No such explorer file."), ""));
  }

  /** Stops listening to the node's events. */
  @Override
  public void close() {
    finality.close();
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }
}
