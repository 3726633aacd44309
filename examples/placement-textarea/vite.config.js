// The portal opens a placement with a form POST into the iframe (PLACEMENT_OPTIONS, AUTH_ID, ...
// in the body). Vite's dev server answers HTML only to GET, so this plugin lets the POST through
// as a GET of the same page; the app reads everything it needs from the parent frame anyway.
export function acceptPlacementPost() {
  return {
    name: 'accept-placement-post',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.method === 'POST' && (req.headers.accept ?? '').includes('text/html')) {
          req.resume(); // the form's body is not needed
          req.method = 'GET';
        }
        next();
      });
    },
  };
}

export default { plugins: [acceptPlacementPost()] };
