package io.tandem.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An HTTP client that signs in through the login page like a browser and keeps its session. */
public final class TandemClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CONTINUE_TO = Pattern.compile("name=\"continue\" value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    private TandemClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static TandemClient anonymous(URI base) {
        return new TandemClient(base);
    }

    public static TandemClient signedIn(URI base, String email, String password) {
        TandemClient client = new TandemClient(base);
        HttpResponse<String> signedIn = client.signIn(email, password);
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException(email + " could not sign in: " + signedIn.statusCode());
        }
        return client;
    }

    /** Submits the login form; the answer redirects where sign-in continues. */
    public HttpResponse<String> signIn(String email, String password) {
        return signInAt("login.xhtml", email, password);
    }

    /**
     * Opens the login page at {@code loginPath} (with the {@code ?continue=} it was sent to, if any)
     * and submits its form as a browser would, with any further headers given as name, value pairs.
     */
    public HttpResponse<String> signInAt(String loginPath, String email, String password, String... headers) {
        HttpResponse<String> login = get(loginPath);
        Matcher viewState = VIEW_STATE.matcher(login.body());
        if (!viewState.find()) {
            throw new IllegalStateException("No view state on the login page");
        }
        Matcher continueTo = CONTINUE_TO.matcher(login.body());
        return postForm("login.xhtml", Map.of(
                "login", "login", "login:email", email, "login:password", password, "login:sign-in", "",
                "continue", continueTo.find() ? continueTo.group(1).replace("&amp;", "&") : "",
                "jakarta.faces.ViewState", viewState.group(1)), headers);
    }

    /** A GET as a browser makes it for a page (accepting HTML) or for an image. */
    public HttpResponse<String> get(String path, boolean page) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", page ? "text/html,application/xhtml+xml" : "image/avif,image/webp,*/*").GET());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public HttpResponse<String> get(String path, String bearerToken) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + bearerToken).GET());
    }

    /** A JSON call the way Tandem's own pages would make it: with the CSRF header. */
    public HttpResponse<String> postJson(String path, String json) {
        return postJson(path, json, true);
    }

    public HttpResponse<String> postJson(String path, String json, boolean withCsrfHeader) {
        return write("POST", path, "application/json", json, withCsrfHeader);
    }

    public HttpResponse<String> putJson(String path, String json) {
        return write("PUT", path, "application/json", json, true);
    }

    public HttpResponse<String> postCsv(String path, String csv) {
        return write("POST", path, "text/csv", csv, true);
    }

    private HttpResponse<String> write(String method, String path, String contentType, String body,
                                       boolean withCsrfHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (withCsrfHeader) {
            request.header("X-Requested-By", "tandem");
        }
        return send(request);
    }

    /** Uploads a file as the raw body, named by the given Content-Disposition (if any), with the CSRF header. */
    public HttpResponse<String> postFile(String path, String contentDisposition, byte[] content) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/octet-stream")
                .header("X-Requested-By", "tandem")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (contentDisposition != null) {
            request.header("Content-Disposition", contentDisposition);
        }
        return send(request);
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("X-Requested-By", "tandem").DELETE());
    }

    /** A GET whose answer is kept as bytes: a downloaded file. */
    public HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts form fields as a page's form would, with any further headers given as name, value pairs. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        String form = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** The session cookie as a Cookie header's value, for a request this client cannot make (a connection cut mid-body). */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().map(Object::toString)
                .collect(Collectors.joining("; "));
    }

    /** The absolute address of a path of Tandem's. */
    public URI uri(String path) {
        return base.resolve(path);
    }

    /** Sends any request in this client's session. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request that may take longer than the usual 30 seconds, such as a large upload. */
    public HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) {
        try {
            return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
