window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "lena.evals@example.com",
      "createdVia" : "web",
      "username" : "lena_evals",
      "accountId" : "919483549348844321",
      "createdAt" : "2017-10-15T08:42:16.490Z",
      "accountDisplayName" : "Lena Fischer"
    }
  }
]