/** The hooks of this backend, as WCS calls them. */
package com.example.wcs;
