// uxhttp: the smallest HTTP/1.1 client over a Unix socket, for the QEMU guest (busybox
// has no Unix-socket client). Built static by run.sh.
//   uxhttp SOCKET METHOD PATH [JSON-BODY]   → prints the response body; exit 0 on 2xx.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: uxhttp SOCKET METHOD PATH [BODY]\n"); return 2; }
    const char *body = argc > 4 ? argv[4] : "";
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    snprintf(addr.sun_path, sizeof addr.sun_path, "%s", argv[1]);
    if (fd < 0 || connect(fd, (struct sockaddr *)&addr, sizeof addr) < 0) { perror("connect"); return 3; }
    char request[8192];
    int n = snprintf(request, sizeof request,
                     "%s %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                     "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n%s",
                     argv[2], argv[3], strlen(body), body);
    if (write(fd, request, (size_t)n) != n) { perror("write"); return 3; }
    static char response[1 << 20];
    size_t used = 0;
    ssize_t r;
    while (used < sizeof response - 1 && (r = read(fd, response + used, sizeof response - 1 - used)) > 0) used += (size_t)r;
    response[used] = 0;
    close(fd);
    int status = 0;
    sscanf(response, "HTTP/1.%*d %d", &status);
    char *start = strstr(response, "\r\n\r\n");
    printf("%s\n", start ? start + 4 : response);
    return status >= 200 && status < 300 ? 0 : 1;
}
