window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1401616269181939768",
    "userName" : "zhou_robot",
    "displayName" : "周机器人"
  },
  "archiveInfo" : {
    "sizeBytes" : "11270",
    "generationDate" : "2026-01-23T00:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "7"
        }
      ]
    },
    "noteTweet" : {
      "files" : []
    }
  }
}