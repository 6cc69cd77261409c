// Run only by browsers too old for JavaScript modules (`<script nomodule>`): shows the
// pre-rendered sentence that says which browsers work, in the browser's language.
(function () {
  var tag = String(navigator.language || "fr").toLowerCase().slice(0, 2);
  var element = document.getElementById("browser-unsupported-" + (tag === "en" ? "en" : "fr"));
  if (element) element.removeAttribute("hidden");
})();
