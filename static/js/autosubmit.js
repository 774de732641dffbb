// Choosing in a select marked data-autosubmit sends its form: with JavaScript,
// choosing a province moves straight to step 2. Without, the button does.
document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
  select.addEventListener("change", function () {
    if (select.value) select.form.submit();
  });
});
